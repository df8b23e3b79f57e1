#include "storage/statement.h"

#include "storage/sqlitedialect.h"
#include "storage/storageerror.h"

#include <QSqlError>

namespace zhibiao {

namespace {

// What a person reads: SQLite's trouble in words (SqliteDialect::failureOf).
StorageError failure(const QSqlError &error, const QString &sql)
{
    return SqliteDialect::failureOf(error, sql);
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw failure(m_query.lastError(), sql);
}

Statement &Statement::bind(const QVariant &value)
{
    // QtSql binds a null QString as SQL NULL; an empty text is meant here. Real NULLs go
    // through bindNull() so that the intent is visible at the call.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_bound++, QString(QLatin1String("")));
    else
        m_query.bindValue(m_bound++, value);
    return *this;
}

Statement &Statement::bindNull()
{
    m_query.bindValue(m_bound++, QVariant(QMetaType::fromType<QString>()));
    return *this;
}

Statement &Statement::exec()
{
    const bool ok = m_query.exec();
    m_bound = 0;
    if (!ok)
        throw failure(m_query.lastError(), m_sql);
    return *this;
}

QVariant toVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QStringList Statement::firstColumnTexts()
{
    QStringList result;
    while (m_query.next())
        result << m_query.value(0).toString();
    return result;
}

QList<int> Statement::firstColumnInts()
{
    QList<int> result;
    while (m_query.next())
        result << m_query.value(0).toInt();
    return result;
}

} // namespace zhibiao
