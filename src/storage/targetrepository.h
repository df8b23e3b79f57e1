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
    std::optional<double> target(const QString &indicatorCode, const QString &orgUnitCode,
                                 int year) const;
    UpsertCounts upsert(const QList<Target> &targets, const QString &userName,
                        const QString &auditNote = {}) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
