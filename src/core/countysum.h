#pragma once

#include "core/evaluation.h"
#include "core/indicator.h"

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

} // namespace zhibiao
