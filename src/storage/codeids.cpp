#include "storage/codeids.h"

#include "storage/statement.h"

namespace zhibiao::CodeIds {

namespace {
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

} // namespace zhibiao::CodeIds
