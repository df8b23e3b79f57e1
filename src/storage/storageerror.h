#pragma once

#include <QString>

#include <exception>

namespace zhibiao {

// Thrown by the storage layer when a statement or transaction fails. Whatever the
// transaction had written is rolled back before the error reaches the caller. The kind
// lets a front end say what to do; the message already says what happened, in words.
class StorageError : public std::exception
{
public:
    enum class Kind {
        Failed,       // anything else; the message says what
        Busy,         // another program holds the file's write lock beyond the busy timeout
        DiskFull,     // no room on the disk (the database's or the backup folder's)
        ReadOnly,     // the file or its folder cannot be written
        Damaged,      // SQLite found the file corrupt
        DiskError,    // the disk reported an I/O error
        BackupFailed, // the day's backup could not be made, so the change was not made
        NotAllowed,   // the acting user's role may not make this change
        UnknownUser,  // the acting name is not in the bureau's users table
    };

    explicit StorageError(QString message, Kind kind = Kind::Failed)
        : m_message(std::move(message)), m_utf8(m_message.toUtf8()), m_kind(kind)
    {
    }
    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    Kind m_kind;
};

} // namespace zhibiao
