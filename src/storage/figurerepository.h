#pragma once

#include "core/figure.h"
#include "core/statustable.h"
#include "storage/upsertcounts.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// Quarterly figures. Every change is written with its audit row in the same transaction.
class FigureRepository
{
public:
    explicit FigureRepository(const Database &db) : m_db(db) {}

    QList<Figure> figures(int year = 0) const; // 0: every year
    std::optional<Figure> find(const QString &indicatorCode, const QString &orgUnitCode,
                               Period period) const;
    UpsertCounts upsert(const QList<Figure> &figures, const QString &userName,
                        const QString &auditNote = {}) const;
    // The quarter values, notes and targets of one org unit and year, for evaluation.
    YearFigures yearFigures(int year, const QString &orgUnitCode) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
