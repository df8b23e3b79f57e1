#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace zhibiao {

// A prepared statement with bound values that throws StorageError on failure. Every SQL
// statement of the program goes through this class.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QVariant &value);
    Statement &bindNull();
    // Runs the statement with the values bound since the last exec, then clears them.
    Statement &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Steps through the rows left and returns their first column (a pragma's lines, a list
    // of names or years).
    QStringList firstColumnTexts();
    QList<int> firstColumnInts();
    // Ends a read so that the connection holds no snapshot (see docs/toolchain notes).
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    int m_bound = 0;
};

// A nullable REAL from an optional.
QVariant toVariant(const std::optional<double> &value);

} // namespace zhibiao
