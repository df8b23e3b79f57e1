#pragma once

#include "core/statustable.h"

#include <QList>

#include <optional>

namespace zhibiao {

struct TargetProposal
{
    Indicator indicator;
    double currentTarget = 0.0;
    std::optional<double> currentValue;
    double proposed = 0.0;
};

// Next year's targets proposed from this year's figure and the recent trend, for the
// writer to adjust:
// - flows and stocks: max(target, figure) grown by last year's growth, held within
//   0–kMaxGrowth so that one exceptional year does not set an unreachable target;
// - rates: kept, or raised by half the margin by which they were beaten (at most one point,
//   never above 100%);
// - ceilings and growth expectations: kept.
namespace TargetProposer {
inline constexpr double kMaxGrowth = 0.10;
inline constexpr double kMaxRateRaise = 1.0;
// thisYear and lastYear: full-year status tables of the same org unit.
QList<TargetProposal> propose(const QList<StatusRow> &thisYear, const QList<StatusRow> &lastYear);
} // namespace TargetProposer

} // namespace zhibiao
