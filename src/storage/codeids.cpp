#include "storage/codeids.h"

#include "storage/statement.h"

namespace zhibiao::CodeIds {

namespace {
QHash<QString, qint64> read(const QSqlDatabase &db, const QString &sql)
{
    QHash<QString, qint64> ids;
    Statement query(db, sql);
    query.exec();
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    return ids;
}
QHash<QString, qint64> readSome(const QSqlDatabase &db, const QString &sql, const QSet<QString> &codes)
{
    QHash<QString, qint64> ids;
    Statement query(db, sql);
    for (const QString &code : codes) {
        query.bind(code).exec();
        if (query.next())
            ids.insert(code, query.value(0).toLongLong());
        query.finish();
    }
    return ids;
}
} // namespace

QHash<QString, qint64> indicators(const QSqlDatabase &db, const QSet<QString> &codes)
{
    return readSome(db, QStringLiteral("SELECT id FROM indicators WHERE code = ?"), codes);
}

QHash<QString, qint64> orgUnits(const QSqlDatabase &db, const QSet<QString> &codes)
{
    return readSome(db, QStringLiteral("SELECT id FROM org_units WHERE code = ?"), codes);
}

QHash<QString, qint64> indicators(const QSqlDatabase &db)
{
    return read(db, QStringLiteral("SELECT id, code FROM indicators"));
}

QHash<QString, qint64> orgUnits(const QSqlDatabase &db)
{
    return read(db, QStringLiteral("SELECT id, code FROM org_units"));
}

} // namespace zhibiao::CodeIds
