#pragma once

#include <QString>

#include <exception>

namespace zhibiao {

// Thrown by the storage layer when a statement or transaction fails. Whatever the
// transaction had written is rolled back before the error reaches the caller.
class StorageError : public std::exception
{
public:
    explicit StorageError(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace zhibiao
