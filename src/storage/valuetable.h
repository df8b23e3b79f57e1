#pragma once

#include "storage/upsertcounts.h"

#include <QList>
#include <QString>

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
};

// Writes figures or targets and their audit rows in one transaction. Unknown codes abort
// the whole batch with a StorageError; rows whose value and note are unchanged are skipped.
class ValueTable
{
public:
    enum class Kind { Figures, Targets };

    ValueTable(const Database &db, Kind kind) : m_db(db), m_kind(kind) {}

    UpsertCounts upsert(const QList<ValueRow> &rows, const QString &userName,
                        const QString &auditNote) const;

private:
    const Database &m_db;
    Kind m_kind;
};

} // namespace zhibiao
