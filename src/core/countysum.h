#pragma once

#include "core/evaluation.h"
#include "core/indicator.h"
#include "core/orgunit.h"
#include "core/statustable.h"

#include <QList>

#include <array>
#include <optional>

namespace zhibiao {

// The city's figures of an additive indicator as the sum of what its counties reported.
struct CountySum
{
    QuarterValues values;               // nullopt for a quarter no county reported
    std::array<int, 4> reporting{};     // how many counties reported each quarter
    int counties = 0;                   // how many counties there are
};

// Sums the counties' quarter values of one indicator. Returns nullopt for rates and growth
// (they do not add up) and when no county reported the indicator in the year, so that the
// city keeps its own figures for what only the city reports.
std::optional<CountySum> sumOfCounties(const Indicator &indicator,
                                       const QList<QuarterValues> &counties);

// The year of an org unit as every view states it (the grid, the overview, the dashboard,
// the report, the command line, the exports): for each additive indicator that its
// counties report, the counties' sum, whatever the unit stored itself (docs/glossary.md,
// 全市). Targets, notes, rates, growth and what only the unit reports stay its own. Where a
// stored figure differs from the sum, checkAgainstCountySum (plausibility) says so.
YearFigures withCountySums(const YearFigures &own, const QList<YearFigures> &counties,
                           const QList<Indicator> &catalogue);

// The same for every org unit of a year at once (by org unit code), from the bottom of the
// tree up, so that a city over counties over towns adds up at every level.
void applyCountySums(QHash<QString, YearFigures> &byOrgUnit, const OrgTree &tree, const QList<Indicator> &catalogue);

} // namespace zhibiao
