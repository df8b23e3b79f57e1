#pragma once

#include "core/dashboarddata.h"
#include "core/indicator.h"
#include "core/orgunit.h"
#include "core/statustable.h"

#include <QHash>
#include <QList>

namespace zhibiao {

// Everything the dashboard of one year is computed from, as read from storage: the
// catalogue, the org units, every org unit's figures and targets of the year and of the
// year before (for the trend), and who has handed in the quarter.
struct DashboardSource
{
    int year = 0;
    QList<Indicator> catalogue;
    OrgTree orgTree;
    QHash<QString, YearFigures> thisYear; // by org unit code
    QHash<QString, YearFigures> lastYear; // by org unit code
    QList<CompletenessRow> completeness;  // root first, then the units below it
};

} // namespace zhibiao
