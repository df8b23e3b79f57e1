#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhibiao::test {

// Looks through C++ source for SQL text built from data instead of bound values: any
// statement (up to its semicolon) that holds an SQL string literal or hands text to
// Statement/QSqlQuery, and in it a .arg(), a QString::number, a += or .append, or a + / %
// joining something other than a string literal or a named constant (kName,
// SqliteDialect::name()).
class SqlScanner
{
public:
    struct Finding
    {
        QString file;
        int line = 0;
        QString reason;
        QString text; // the statement, simplified

        QString toString() const;
    };

    // A place known to be safe: the file's name ends with fileSuffix and the simplified
    // statement contains snippet.
    struct Allowed
    {
        QString fileSuffix;
        QString snippet;
    };

    explicit SqlScanner(QList<Allowed> allowed = {}) : m_allowed(std::move(allowed)) {}

    QList<Finding> scanText(const QString &file, const QString &source) const;
    // Every .cpp and .h below folder.
    QList<Finding> scanFolder(const QString &folder, int *filesScanned = nullptr) const;

private:
    QList<Allowed> m_allowed;
};

} // namespace zhibiao::test
