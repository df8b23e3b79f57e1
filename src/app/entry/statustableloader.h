#pragma once

#include "core/orgunit.h"
#include "core/period.h"
#include "core/statustable.h"
#include "core/thresholds.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// Reads what the status window shows through the repositories: the years and org units to
// choose from, and the evaluated rows of one org unit and period.
class StatusTableLoader
{
public:
    explicit StatusTableLoader(const Database &db) : m_db(db) {}

    // Years with figures or targets, ascending.
    QList<int> years() const;
    // The latest year with figures and its latest quarter with figures.
    std::optional<Period> latestPeriod() const;
    // The root (全市) first, then each unit below its parent, depth first.
    QList<OrgUnit> orgUnits() const;
    QList<StatusRow> load(Period period, const QString &orgUnitCode,
                          const Thresholds &thresholds = {}) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
