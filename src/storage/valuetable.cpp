#include "storage/valuetable.h"

#include "storage/auditrepository.h"
#include "storage/codeids.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSet>

namespace zhibiao {

namespace {

struct Existing
{
    qint64 id = 0;
    double value = 0.0;
    QString note;
};

quint64 keyOf(qint64 indicatorId, qint64 orgUnitId, int year, int quarter)
{
    return (static_cast<quint64>(indicatorId) << 32) ^ (static_cast<quint64>(orgUnitId) << 16)
           ^ (static_cast<quint64>(year & 0x1FFF) << 3) ^ static_cast<quint64>(quarter & 0x7);
}

struct Sql
{
    QString entity;
    QString selectYear;
    QString insert;
    QString update;
};

Sql sqlFor(ValueTable::Kind kind)
{
    if (kind == ValueTable::Kind::Figures)
        return {QStringLiteral("figure"),
                QStringLiteral("SELECT id, indicator_id, org_unit_id, year, quarter, value, note "
                               "FROM figures WHERE year = ?"),
                QStringLiteral("INSERT INTO figures (indicator_id, org_unit_id, year, quarter, "
                               "value, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                QStringLiteral("UPDATE figures SET value = ?, note = ?, version = version + 1 "
                               "WHERE id = ?")};
    return {QStringLiteral("target"),
            QStringLiteral("SELECT id, indicator_id, org_unit_id, year, 0, value, '' "
                           "FROM targets WHERE year = ?"),
            QStringLiteral("INSERT INTO targets (indicator_id, org_unit_id, year, value) "
                           "VALUES (?, ?, ?, ?) RETURNING id"),
            QStringLiteral("UPDATE targets SET value = ?, version = version + 1 WHERE id = ?")};
}

} // namespace

UpsertCounts ValueTable::upsert(const QList<ValueRow> &rows, const QString &userName,
                                const QString &auditNote) const
{
    const QSqlDatabase db = m_db.connection();
    const Sql sql = sqlFor(m_kind);
    const bool figures = m_kind == Kind::Figures;
    const QHash<QString, qint64> indicatorIds = CodeIds::indicators(db);
    const QHash<QString, qint64> orgUnitIds = CodeIds::orgUnits(db);

    UpsertCounts counts;
    Transaction transaction(db);

    // One read per year touched, so that unchanged rows cost no write and changed rows
    // know their old value for the audit log.
    QSet<int> years;
    for (const ValueRow &row : rows)
        years.insert(row.year);
    QHash<quint64, Existing> existing;
    Statement select(db, sql.selectYear);
    for (int year : std::as_const(years)) {
        select.bind(year).exec();
        while (select.next())
            existing.insert(keyOf(select.value(1).toLongLong(), select.value(2).toLongLong(),
                                  select.value(3).toInt(), select.value(4).toInt()),
                            Existing{select.value(0).toLongLong(), select.value(5).toDouble(),
                                     select.value(6).toString()});
    }
    select.finish();

    Statement insert(db, sql.insert);
    Statement update(db, sql.update);
    const AuditRepository audit(m_db);
    for (const ValueRow &row : rows) {
        const qint64 indicatorId = indicatorIds.value(row.indicatorCode, 0);
        const qint64 orgUnitId = orgUnitIds.value(row.orgUnitCode, 0);
        if (indicatorId == 0)
            throw StorageError(QStringLiteral("no indicator with the code %1").arg(row.indicatorCode));
        if (orgUnitId == 0)
            throw StorageError(QStringLiteral("no org unit with the code %1").arg(row.orgUnitCode));

        const quint64 key = keyOf(indicatorId, orgUnitId, row.year, row.quarter);
        const auto it = existing.find(key);
        std::optional<double> oldValue;
        if (it == existing.end()) {
            insert.bind(indicatorId).bind(orgUnitId).bind(row.year);
            if (figures)
                insert.bind(row.quarter).bind(row.value).bind(row.note);
            else
                insert.bind(row.value);
            insert.exec();
            const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
            insert.finish();
            existing.insert(key, Existing{id, row.value, row.note});
            ++counts.inserted;
        } else {
            if (it->value == row.value && (!figures || it->note == row.note)) {
                ++counts.unchanged;
                continue;
            }
            oldValue = it->value;
            update.bind(row.value);
            if (figures)
                update.bind(row.note);
            update.bind(it->id).exec();
            it->value = row.value;
            it->note = row.note;
            ++counts.updated;
        }
        audit.append(AuditEntry{{}, userName, sql.entity, row.indicatorCode, row.orgUnitCode,
                                row.year, row.quarter, oldValue, row.value,
                                row.note.isEmpty() ? auditNote : row.note});
    }
    transaction.commit();
    return counts;
}

} // namespace zhibiao
