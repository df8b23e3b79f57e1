#include "storage/orgunitrepository.h"

#include "core/textrules.h"
#include "storage/changelog.h"
#include "storage/codetablecache.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/storageerror.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonObject>

namespace zhibiao {

OrgTree OrgUnitRepository::tree() const
{
    return m_db.codeTables().orgUnits()->tree;
}

UpsertCounts OrgUnitRepository::upsert(const QList<OrgUnit> &units, const QString &actingUser,
                                       const QString &note) const
{
    RoleCheck::require(m_db, actingUser, {Role::Admin}, RoleCheck::tr("change the org units"));
    for (const OrgUnit &unit : units) {
        QString problem = TextRules::problem(unit.code, TextRules::kMaxCodeLength);
        if (problem.isEmpty())
            problem = TextRules::problem(unit.name, TextRules::kMaxNameLength);
        if (!problem.isEmpty())
            throw StorageError(RoleCheck::tr("The org unit %1 was not saved: %2. Nothing was changed.")
                                   .arg(TextRules::printable(unit.code), problem));
    }
    QHash<QString, OrgUnit> existing;
    const OrgTree current = tree(); // keep the tree alive while its units are read
    for (const OrgUnit &unit : current.units())
        existing.insert(unit.code, unit);

    UpsertCounts counts;
    const QSqlDatabase db = m_db.connection();
    const CodeTableCache::Change change(m_db);
    Transaction transaction(m_db);
    Statement write(db, QStringLiteral("INSERT INTO org_units (code, name, parent_code, sort_order) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                       "name = excluded.name, parent_code = excluded.parent_code, "
                                       "sort_order = excluded.sort_order"));
    const ChangeLog log(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto toJson = [](const OrgUnit &unit) {
        return QJsonObject{{QStringLiteral("name"), unit.name},
                           {QStringLiteral("parent"), unit.parentCode},
                           {QStringLiteral("sort"), unit.sortOrder}};
    };
    for (const OrgUnit &unit : units) {
        const auto it = existing.constFind(unit.code);
        const bool isNew = it == existing.cend();
        if (!isNew && *it == unit) {
            ++counts.unchanged;
            continue;
        }
        write.bind(unit.code).bind(unit.name).bind(unit.parentCode).bind(unit.sortOrder).exec();
        log.append(ChangeEntry{now, actingUser, QStringLiteral("org_unit"), unit.code,
                               isNew ? QJsonObject() : toJson(*it), toJson(unit), note});
        ++(isNew ? counts.inserted : counts.updated);
        existing.insert(unit.code, unit);
    }
    transaction.commit();
    return counts;
}

} // namespace zhibiao
