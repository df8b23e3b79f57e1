#pragma once

#include "storage/upsertcounts.h"

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class Database;

// A value keyed by indicator, org unit, year and (for figures) quarter: the shape that
// figures and targets share, so that one audited writer serves both.
struct ValueRow
{
    QString indicatorCode;
    QString orgUnitCode;
    int year = 0;
    int quarter = 0; // 0 for targets
    double value = 0.0;
    QString note;
    bool remove = false; // take the value away (an undone first entry); audited like a change
    // Set: the version the row had when it was shown (0: no row). The batch is written only
    // if every such row still has it, so that nobody's change is silently overwritten.
    std::optional<int> shownVersion;
};

// A row as it is in the table now, by its index in the batch.
struct StoredValue
{
    qsizetype row = 0;
    std::optional<double> value; // nullopt: no such row
    QString note;
    int version = 0; // 0: no such row
};

// What a batch did: either written, with each row's version after the write, or refused
// because rows changed since they were shown (nothing at all written).
struct ValueWrite
{
    UpsertCounts counts;
    QList<StoredValue> stale;
    QList<int> versions; // per row of the batch, after the write (0: no row)

    bool written() const { return stale.isEmpty(); }
};

// Writes figures or targets and their audit rows in one transaction. Unknown codes abort
// the whole batch with a StorageError; rows whose value and note are unchanged are skipped.
// Rows with a shown version are checked against it in the same transaction first.
class ValueTable
{
public:
    enum class Kind { Figures, Targets };

    ValueTable(const Database &db, Kind kind) : m_db(db), m_kind(kind) {}

    UpsertCounts upsert(const QList<ValueRow> &rows, const QString &userName,
                        const QString &auditNote) const;
    ValueWrite write(const QList<ValueRow> &rows, const QString &userName,
                     const QString &auditNote) const;

private:
    // Throws a StorageError naming the first value the indicator cannot have (ValueRules),
    // or a note that holds control characters or is too long (TextRules).
    void refuseImpossible(const QList<ValueRow> &rows) const;

    const Database &m_db;
    Kind m_kind;
};

} // namespace zhibiao
