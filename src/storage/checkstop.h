#pragma once

#include <QVariant>

#include <mutex>

namespace zhibiao {

// Lets another thread stop a running Database::problemOf(): a window closed while the
// quick check of a big file still runs must not wait for it. SQLite's own interrupt, made
// only while the check's connection is open.
class CheckStop
{
public:
    // Any thread. The check ends as soon as SQLite notices, with no verdict.
    void stop();
    bool stopped() const;

    // For the check itself: the connection (QSqlDriver::handle()) it is running on, and
    // its end, before the connection closes.
    void attach(const QVariant &driverHandle);
    void detach();

private:
    mutable std::mutex m_mutex;
    void *m_connection = nullptr; // sqlite3 *
    bool m_stopped = false;
};

} // namespace zhibiao
