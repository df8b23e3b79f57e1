#pragma once

#include "core/figure.h"
#include "storage/upsertcounts.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// Annual targets. Every change is written with its audit row in the same transaction.
class TargetRepository
{
public:
    explicit TargetRepository(const Database &db) : m_db(db) {}

    QList<Target> targets(int year = 0) const; // 0: every year
    QList<int> years() const; // the years that have targets, in order
    std::optional<double> target(const QString &indicatorCode, const QString &orgUnitCode,
                                 int year) const;
    // Refused with a StorageError (nothing written) unless the users table makes userName
    // an admin or a leader; by every path, the file import too.
    UpsertCounts upsert(const QList<Target> &targets, const QString &userName,
                        const QString &auditNote = {}) const;
    // Starts newYear: copies every target of newYear - 1, for every org unit, whose
    // indicator is not retired, in one audited transaction. Refused (StorageError, nothing
    // written) when newYear already has a target, when the year before has none, or when
    // userName is not an admin or a leader.
    UpsertCounts startYear(int newYear, const QString &userName) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
