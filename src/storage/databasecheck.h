#pragma once

#include "storage/checkstop.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QString>

// What Database's opening (database.cpp) and its checks of a file (databasecheck.cpp) share:
// the read-only look at a file before anything may write to it. Not for use outside Database.
namespace zhibiao::DatabaseCheck {

// Each connection needs a name of its own in QSqlDatabase's registry.
QString nextConnectionName();

// A read-only SQLite connection to a WAL file leaves the -wal and -shm files it made. The
// program leaves nothing beside a file it only looked at: after closing, each companion
// that was not there before is removed while the log is empty (so nobody else uses it).
class CompanionFiles
{
public:
    explicit CompanionFiles(const QString &path)
        : m_wal(path + QStringLiteral("-wal")), m_shm(path + QStringLiteral("-shm")),
          m_hadWal(QFileInfo::exists(m_wal)), m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    void removeOursIfUnused() const
    {
        if (!m_hadWal && QFileInfo::exists(m_wal) && QFileInfo(m_wal).size() == 0)
            QFile::remove(m_wal);
        if (!m_hadShm && !QFileInfo::exists(m_wal))
            QFile::remove(m_shm);
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

// What a read-only look at an existing file finds, before anything may write to it.
struct Inspection
{
    OpenError error;
    int version = 0;
    bool empty = false; // a SQLite file with no tables (or a zero-length file)
};

// The refusals of a look and of an open alike name the file, the cause and what to do.
inline OpenError makeError(OpenError::Code code, const QString &message)
{
    return OpenError{code, message};
}

// Reads `path` through a read-only connection and leaves nothing beside it. quickCheck:
// SQLite's quick check over every page first (time in proportion to the file's size).
// stop, when given, may end the quick check early from another thread.
Inspection inspect(const QString &path, bool quickCheck = true, CheckStop *stop = nullptr);

} // namespace zhibiao::DatabaseCheck
