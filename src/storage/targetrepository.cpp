#include "storage/targetrepository.h"

#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/valuetable.h"

#include <QSet>

namespace zhibiao {

QList<int> TargetRepository::years() const
{
    // One seek per year on targets_year: the next year after the last one found.
    Statement query(m_db.connection(),
                    QStringLiteral("WITH RECURSIVE y(year) AS (SELECT MIN(year) FROM targets "
                                   "UNION ALL SELECT (SELECT MIN(year) FROM targets WHERE year > y.year) "
                                   "FROM y WHERE y.year IS NOT NULL) "
                                   "SELECT year FROM y WHERE year IS NOT NULL"));
    return query.exec().firstColumnInts();
}

QList<Target> TargetRepository::targets(int year) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT i.code, o.code, t.year, t.value FROM targets t "
                                   "JOIN indicators i ON i.id = t.indicator_id "
                                   "JOIN org_units o ON o.id = t.org_unit_id "
                                   "WHERE (? = 0 OR t.year = ?) "
                                   "ORDER BY t.year, o.sort_order, o.code, i.sort_order, i.code"));
    query.bind(year).bind(year).exec();
    QList<Target> result;
    while (query.next())
        result << Target{query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toInt(), query.value(3).toDouble()};
    return result;
}

std::optional<double> TargetRepository::target(const QString &indicatorCode,
                                                const QString &orgUnitCode, int year) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT t.value FROM targets t "
                                   "JOIN indicators i ON i.id = t.indicator_id "
                                   "JOIN org_units o ON o.id = t.org_unit_id "
                                   "WHERE i.code = ? AND o.code = ? AND t.year = ?"));
    query.bind(indicatorCode).bind(orgUnitCode).bind(year).exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toDouble();
}

UpsertCounts TargetRepository::upsert(const QList<Target> &targets, const QString &userName,
                                      const QString &auditNote) const
{
    QList<ValueRow> rows;
    rows.reserve(targets.size());
    for (const Target &target : targets)
        rows << ValueRow{target.indicatorCode, target.orgUnitCode, target.year, 0, target.value, {}, false, {}};
    return ValueTable(m_db, ValueTable::Kind::Targets).upsert(rows, userName, auditNote);
}

UpsertCounts TargetRepository::startYear(int newYear, const QString &userName) const
{
    RoleCheck::require(m_db, userName, {Role::Admin, Role::Leader}, RoleCheck::tr("start a new target year"));
    const int lastYear = newYear - 1;
    const QList<Target> existing = targets(newYear);
    if (!existing.isEmpty())
        throw StorageError(RoleCheck::tr("%1 already has %2 target(s); nothing was copied. Edit them "
                                         "in the targets table instead of starting the year again.")
                               .arg(newYear)
                               .arg(existing.size()));
    QSet<QString> active;
    for (const Indicator &indicator : CatalogueRepository(m_db).indicators(false))
        active.insert(indicator.code);
    QList<Target> copied;
    for (Target target : targets(lastYear)) {
        if (!active.contains(target.indicatorCode))
            continue; // retired indicators get no targets in a new year
        target.year = newYear;
        copied << target;
    }
    if (copied.isEmpty())
        throw StorageError(RoleCheck::tr("%1 has no targets of active indicators to copy; nothing was "
                                         "copied. Enter the %2 targets by hand.")
                               .arg(lastYear)
                               .arg(newYear));
    return upsert(copied, userName, RoleCheck::tr("new year: copied from %1").arg(lastYear));
}

} // namespace zhibiao
