#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace zhibiao {

// Who holds a database's instance lock, as written in the lock file.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString application;
};

// An advisory lock beside a database (FILE.lock) that a window takes so that a second
// instance, or a second person on a shared folder, is told who has the file open instead
// of both writing to it. A lock left by a crashed process on this host is taken over.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::InstanceLock)

public:
    explicit InstanceLock(const QString &databasePath);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    static QString lockPathFor(const QString &databasePath);

    // False when someone else holds it; then message() names the holder and what to do.
    bool tryLock();
    void unlock();
    bool isLocked() const;
    std::optional<LockHolder> holder() const;
    QString message() const { return m_message; }

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_message;
};

} // namespace zhibiao
