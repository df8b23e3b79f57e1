#include "storage/quarterstaterepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace zhibiao {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT o.code, s.state, s.changed_by, s.changed_at, s.reason FROM quarter_states s "
    "JOIN org_units o ON o.id = s.org_unit_id ");

QuarterStatus readStatus(const Statement &query, Period period)
{
    return QuarterStatus{query.value(0).toString(), period,
                         quarterStateFromString(query.value(1).toString()).value_or(QuarterState::Open),
                         query.value(2).toString(),
                         QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                         query.value(4).toString()};
}
} // namespace

QuarterStatus QuarterStateRepository::status(const QString &orgUnitCode, Period period) const
{
    Statement query(m_db.connection(),
                    kSelect + QStringLiteral("WHERE o.code = ? AND s.year = ? AND s.quarter = ?"));
    query.bind(orgUnitCode).bind(period.year).bind(period.quarter).exec();
    if (query.next())
        return readStatus(query, period);
    return QuarterStatus{orgUnitCode, period, QuarterState::Open, {}, {}, {}};
}

QList<QuarterStatus> QuarterStateRepository::statuses(Period period) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT o.code, COALESCE(s.state, 'open'), COALESCE(s.changed_by, ''), "
                                   "COALESCE(s.changed_at, ''), COALESCE(s.reason, '') FROM org_units o "
                                   "LEFT JOIN quarter_states s ON s.org_unit_id = o.id "
                                   "AND s.year = ? AND s.quarter = ? ORDER BY o.sort_order, o.code"));
    query.bind(period.year).bind(period.quarter).exec();
    QList<QuarterStatus> result;
    while (query.next())
        result << readStatus(query, period);
    return result;
}

QuarterStatus QuarterStateRepository::apply(const QString &orgUnitCode, Period period,
                                            QuarterAction action, const QString &userName,
                                            const QString &reason) const
{
    const Role role = UserRepository(m_db).roleOf(userName);
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    const QuarterStatus before = status(orgUnitCode, period);
    QString why;
    const auto next = QuarterWorkflow::apply(before.state, action, role, reason, &why);
    if (!next)
        throw StorageError(tr("%1 %2 cannot be changed: %3").arg(orgUnitCode, period.toString(), why));

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Statement write(db, QStringLiteral("INSERT INTO quarter_states (org_unit_id, year, quarter, state, "
                                       "changed_by, changed_at, reason) "
                                       "SELECT id, ?, ?, ?, ?, ?, ? FROM org_units WHERE code = ? "
                                       "ON CONFLICT (org_unit_id, year, quarter) DO UPDATE SET "
                                       "state = excluded.state, changed_by = excluded.changed_by, "
                                       "changed_at = excluded.changed_at, reason = excluded.reason"));
    write.bind(period.year).bind(period.quarter).bind(toString(*next)).bind(userName).bind(now)
        .bind(reason).bind(orgUnitCode).exec();
    if (write.rowsAffected() != 1)
        throw StorageError(tr("no org unit with the code %1").arg(orgUnitCode));
    Statement(db, QStringLiteral("INSERT INTO quarter_state_log (at, user_name, org_unit_code, year, "
                                 "quarter, action, old_state, new_state, reason) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(now).bind(userName).bind(orgUnitCode).bind(period.year).bind(period.quarter)
        .bind(toString(action)).bind(toString(before.state)).bind(toString(*next)).bind(reason)
        .exec();
    transaction.commit();
    return status(orgUnitCode, period);
}

} // namespace zhibiao
