#include "storage/targetrepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/valuetable.h"

namespace zhibiao {

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
        rows << ValueRow{target.indicatorCode, target.orgUnitCode, target.year, 0, target.value, {}};
    return ValueTable(m_db, ValueTable::Kind::Targets).upsert(rows, userName, auditNote);
}

} // namespace zhibiao
