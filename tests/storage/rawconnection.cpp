#include "rawconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>

namespace zhibiao::test {

RawConnection::RawConnection(const QString &path)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("raw-test-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << db.lastError().text().toStdString();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db());
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace zhibiao::test
