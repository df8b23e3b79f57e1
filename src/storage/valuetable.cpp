#include "storage/valuetable.h"

#include "core/textrules.h"
#include "core/valuerules.h"
#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/codeids.h"
#include "storage/codetablecache.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include "core/quarterstate.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <vector>

namespace zhibiao {

namespace {

struct Existing
{
    double value = 0.0;
    QString note;
    int version = 0;
};

// The version the schema gives a new row (DEFAULT 1); an update adds one.
constexpr int kFirstVersion = 1;

quint64 keyOf(qint64 indicatorId, qint64 orgUnitId, int year, int quarter)
{
    return (static_cast<quint64>(indicatorId) << 32) ^ (static_cast<quint64>(orgUnitId) << 16)
           ^ (static_cast<quint64>(year & 0x1FFF) << 3) ^ static_cast<quint64>(quarter & 0x7);
}

struct Sql
{
    QString entity;
    QString selectYear;
    QString selectOne;
    QString insert;
    QString update;
    QString remove;
};

Sql sqlFor(ValueTable::Kind kind)
{
    if (kind == ValueTable::Kind::Figures)
        return {QStringLiteral("figure"),
                QStringLiteral("SELECT indicator_id, org_unit_id, year, quarter, value, note, "
                               "version FROM figures WHERE year = ?"),
                QStringLiteral("SELECT indicator_id, org_unit_id, year, quarter, value, note, "
                               "version FROM figures WHERE indicator_id = ? AND org_unit_id = ? "
                               "AND year = ? AND quarter = ?"),
                QStringLiteral("INSERT INTO figures (indicator_id, org_unit_id, year, quarter, "
                               "value, note) VALUES (?, ?, ?, ?, ?, ?)"),
                QStringLiteral("UPDATE figures SET value = ?, note = ?, version = version + 1 "
                               "WHERE indicator_id = ? AND org_unit_id = ? AND year = ? "
                               "AND quarter = ?"),
                QStringLiteral("DELETE FROM figures WHERE indicator_id = ? AND org_unit_id = ? "
                               "AND year = ? AND quarter = ?")};
    return {QStringLiteral("target"),
            QStringLiteral("SELECT indicator_id, org_unit_id, year, 0, value, '', version "
                           "FROM targets WHERE year = ?"),
            QStringLiteral("SELECT indicator_id, org_unit_id, year, 0, value, '', version "
                           "FROM targets WHERE indicator_id = ? AND org_unit_id = ? "
                           "AND year = ? AND 0 = ?"),
            QStringLiteral("INSERT INTO targets (indicator_id, org_unit_id, year, value) "
                           "VALUES (?, ?, ?, ?)"),
            QStringLiteral("UPDATE targets SET value = ?, version = version + 1 "
                           "WHERE indicator_id = ? AND org_unit_id = ? AND year = ?"),
            QStringLiteral("DELETE FROM targets WHERE indicator_id = ? AND org_unit_id = ? "
                           "AND year = ? AND 0 = ?")};
}

} // namespace

UpsertCounts ValueTable::upsert(const QList<ValueRow> &rows, const QString &userName,
                                const QString &auditNote) const
{
    return write(rows, userName, auditNote).counts;
}

void ValueTable::refuseImpossible(const QList<ValueRow> &rows) const
{
    // Every path obeys the value rules here (the grid, a paste, an import, a dialog); the
    // importer checks them too, to name the line of a file.
    const CatalogueRepository catalogue(m_db);
    QHash<QString, Indicator> indicators;
    if (rows.size() > 64) {
        for (const Indicator &indicator : catalogue.indicators(true))
            indicators.insert(indicator.code, indicator);
    }
    const ValueRules::Of of = m_kind == Kind::Figures ? ValueRules::Of::Figure : ValueRules::Of::Target;
    // Rows of one indicator usually follow each other: its look-up is then reused.
    const Indicator *indicator = nullptr;
    for (const ValueRow &row : rows) {
        if (row.remove)
            continue;
        if (!indicator || indicator->code != row.indicatorCode) {
            auto it = indicators.constFind(row.indicatorCode);
            if (it == indicators.cend()) {
                const std::optional<Indicator> found = catalogue.find(row.indicatorCode);
                if (!found) {
                    indicator = nullptr;
                    continue; // an unknown code is refused further on, with its own message
                }
                it = indicators.insert(found->code, *found);
            }
            indicator = &*it;
        }
        QString problem = ValueRules::problem(*indicator, row.value, of);
        if (problem.isEmpty())
            problem = TextRules::problem(row.note, TextRules::kMaxNoteLength, true);
        if (problem.isEmpty())
            continue;
        const QString where = row.quarter > 0 ? QStringLiteral("%1 %2 %3Q%4").arg(row.indicatorCode, row.orgUnitCode)
                                                    .arg(row.year).arg(row.quarter)
                                              : QStringLiteral("%1 %2 %3").arg(row.indicatorCode, row.orgUnitCode)
                                                    .arg(row.year);
        throw StorageError(QCoreApplication::translate("zhibiao::ValueTable", "%1 was not saved: %2. Nothing was changed.")
                               .arg(where, problem));
    }
}

ValueWrite ValueTable::write(const QList<ValueRow> &rows, const QString &userName,
                             const QString &auditNote) const
{
    const QSqlDatabase db = m_db.connection();
    const Sql sql = sqlFor(m_kind);
    const bool figures = m_kind == Kind::Figures;
    // Targets are set by an admin or a leader, by every path (dialog, import, adoption).
    if (!figures)
        RoleCheck::require(m_db, userName, {Role::Admin, Role::Leader}, RoleCheck::tr("change targets"));
    refuseImpossible(rows);
    // A few edits look up only their own codes and rows; a bulk import reads whole tables.
    constexpr qsizetype kRowByRowLimit = 64;
    const bool fewRows = rows.size() <= kRowByRowLimit;
    QSet<QString> indicatorCodes;
    QSet<QString> orgUnitCodes;
    if (fewRows) {
        for (const ValueRow &row : rows) {
            indicatorCodes.insert(row.indicatorCode);
            orgUnitCodes.insert(row.orgUnitCode);
        }
    }
    const QHash<QString, qint64> indicatorIds =
        fewRows ? CodeIds::indicators(db, indicatorCodes) : m_db.codeTables().catalogue()->idOfCode;
    const QHash<QString, qint64> orgUnitIds =
        fewRows ? CodeIds::orgUnits(db, orgUnitCodes) : m_db.codeTables().orgUnits()->idOfCode;

    // Each row's ids and key, looked up once. Keys that more than one row of the batch has
    // (a paste may repeat a cell) are found by sorting, not hashing every key: only those
    // rows are remembered once written, so that the later row sees the earlier one.
    struct RowIds
    {
        qint64 indicator = 0;
        qint64 orgUnit = 0;
        quint64 key = 0;
    };
    std::vector<RowIds> ids;
    ids.reserve(static_cast<size_t>(rows.size()));
    QSet<quint64> repeated;
    {
        CodeIds::Recent indicatorIdOf(indicatorIds);
        CodeIds::Recent orgUnitIdOf(orgUnitIds);
        std::vector<quint64> keys;
        keys.reserve(static_cast<size_t>(rows.size()));
        for (const ValueRow &row : rows) {
            const qint64 indicatorId = indicatorIdOf(row.indicatorCode);
            const qint64 orgUnitId = orgUnitIdOf(row.orgUnitCode);
            ids.push_back(RowIds{indicatorId, orgUnitId, keyOf(indicatorId, orgUnitId, row.year, row.quarter)});
            keys.push_back(ids.back().key);
        }
        std::sort(keys.begin(), keys.end());
        for (size_t i = 1; i < keys.size(); ++i) {
            if (keys[i] == keys[i - 1])
                repeated.insert(keys[i]);
        }
    }

    ValueWrite outcome;
    UpsertCounts &counts = outcome.counts;
    Transaction transaction(m_db);

    // The rows already stored, so that unchanged rows cost no write and changed rows know
    // their old value for the audit log: a few edits look their rows up one by one, a bulk
    // import reads each year it touches once.
    QHash<quint64, Existing> existing;
    auto collect = [&existing](Statement &select) {
        while (select.next())
            existing.insert(keyOf(select.value(0).toLongLong(), select.value(1).toLongLong(),
                                  select.value(2).toInt(), select.value(3).toInt()),
                            Existing{select.value(4).toDouble(), select.value(5).toString(),
                                     select.value(6).toInt()});
        select.finish();
    };
    if (fewRows) {
        Statement select(db, sql.selectOne);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ValueRow &row = rows.at(i);
            select.bind(ids[static_cast<size_t>(i)].indicator)
                .bind(ids[static_cast<size_t>(i)].orgUnit)
                .bind(row.year)
                .bind(row.quarter)
                .exec();
            collect(select);
        }
    } else {
        QSet<int> years;
        for (const ValueRow &row : rows)
            years.insert(row.year);
        Statement select(db, sql.selectYear);
        for (int year : std::as_const(years)) {
            select.bind(year).exec();
            collect(select);
        }
    }

    // Figures of a submitted or approved quarter change only for a leader. Checked here,
    // inside the write transaction, so that no front end can bypass it.
    const Role role = UserRepository(m_db).roleOf(userName);
    QHash<quint64, bool> editable;
    Statement stateOf(db, QStringLiteral("SELECT state FROM quarter_states WHERE org_unit_id = ? "
                                         "AND year = ? AND quarter = ?"));
    auto ensureEditable = [&](const ValueRow &row, qint64 orgUnitId) {
        if (!figures)
            return;
        const quint64 key = keyOf(0, orgUnitId, row.year, row.quarter);
        if (!editable.contains(key)) {
            stateOf.bind(orgUnitId).bind(row.year).bind(row.quarter).exec();
            const QuarterState state = stateOf.next()
                                           ? quarterStateFromString(stateOf.value(0).toString())
                                                 .value_or(QuarterState::Open)
                                           : QuarterState::Open;
            stateOf.finish();
            editable.insert(key, QuarterWorkflow::figuresEditable(state, role));
            if (!editable.value(key))
                throw StorageError(
                    QCoreApplication::translate(
                        "zhibiao::ValueTable",
                        "%1 %2Q%3 is %4 and locked: only a leader can change its figures. "
                        "Ask a leader to return the quarter, then try again.")
                        .arg(row.orgUnitCode)
                        .arg(row.year)
                        .arg(row.quarter)
                        .arg(toString(state)));
        }
    };

    // Read inside the write transaction, so no other writer can slip in between check and
    // write; one stale row refuses the whole batch before anything is written.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ValueRow &row = rows.at(i);
        if (!row.shownVersion)
            continue;
        const qint64 orgUnitId = ids[static_cast<size_t>(i)].orgUnit;
        const auto it = existing.constFind(ids[static_cast<size_t>(i)].key);
        const int version = it == existing.cend() ? 0 : it->version;
        if (version == *row.shownVersion)
            continue;
        // A locked quarter is refused as before: there is no choice to offer on it.
        if (orgUnitId != 0)
            ensureEditable(row, orgUnitId);
        if (it == existing.cend())
            outcome.stale << StoredValue{i, std::nullopt, {}, 0};
        else
            outcome.stale << StoredValue{i, it->value, it->note, it->version};
    }
    if (!outcome.written())
        return outcome; // rolled back: nothing was written

    // One prepared statement per kind of write for the whole batch, bound by position on
    // SQLite's handle; the audit rows share one time (AuditRepository).
    SqliteDialect::BulkStatement insert(db, sql.insert);
    SqliteDialect::BulkStatement update(db, sql.update);
    SqliteDialect::BulkStatement remove(db, sql.remove);
    const AuditRepository audit(m_db);
    outcome.versions.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ValueRow &row = rows.at(i);
        const auto [indicatorId, orgUnitId, key] = ids[static_cast<size_t>(i)];
        if (indicatorId == 0)
            throw StorageError(QStringLiteral("no indicator with the code %1").arg(row.indicatorCode));
        if (orgUnitId == 0)
            throw StorageError(QStringLiteral("no org unit with the code %1").arg(row.orgUnitCode));

        const auto it = existing.find(key);
        std::optional<double> oldValue;
        if (row.remove) {
            outcome.versions << 0;
            if (it == existing.end()) {
                ++counts.unchanged;
                continue;
            }
            ensureEditable(row, orgUnitId);
            remove.bind(indicatorId).bind(orgUnitId).bind(row.year).bind(row.quarter).exec();
            audit.append(AuditEntry{{}, userName, sql.entity, row.indicatorCode, row.orgUnitCode,
                                    row.year, row.quarter, it->value, std::nullopt, auditNote});
            existing.erase(it);
            ++counts.removed;
            continue;
        }
        if (it == existing.end()) {
            ensureEditable(row, orgUnitId);
            insert.bind(indicatorId).bind(orgUnitId).bind(row.year);
            if (figures)
                insert.bind(row.quarter).bind(row.value).bind(row.note);
            else
                insert.bind(row.value);
            insert.exec();
            if (repeated.contains(key))
                existing.insert(key, Existing{row.value, row.note, kFirstVersion});
            outcome.versions << kFirstVersion;
            ++counts.inserted;
        } else {
            if (it->value == row.value && (!figures || it->note == row.note)) {
                outcome.versions << it->version;
                ++counts.unchanged;
                continue;
            }
            ensureEditable(row, orgUnitId);
            oldValue = it->value;
            update.bind(row.value);
            if (figures)
                update.bind(row.note);
            // By the natural key (unique in the schema): an insert then needs no RETURNING,
            // which SQLite serves through a temporary table per row.
            update.bind(indicatorId).bind(orgUnitId).bind(row.year);
            if (figures)
                update.bind(row.quarter);
            update.exec();
            it->value = row.value;
            it->note = row.note;
            ++it->version;
            outcome.versions << it->version;
            ++counts.updated;
        }
        audit.append(AuditEntry{{}, userName, sql.entity, row.indicatorCode, row.orgUnitCode,
                                row.year, row.quarter, oldValue, row.value,
                                row.note.isEmpty() ? auditNote : row.note});
    }
    transaction.commit();
    return outcome;
}

} // namespace zhibiao
