#pragma once

#include "core/statustable.h"

#include <QList>

#include <optional>

namespace zhibiao {

struct TargetProposal
{
    // Why the proposal is what it is (the report's 依据 column says it in words).
    enum class Basis {
        Grown,          // the target grown by the indicator's own trend (growth)
        AtLeastFigure,  // the year's figure, which beat the grown target
        MissedKept,     // the target was missed: the same target again, never a higher one
        CeilingKept,    // a ceiling: kept as set
        GrowthKept,     // an expected growth: kept as set
        RateRaised,     // a rate beaten: raised by half the margin (at most one point)
        RateKept,       // a rate met exactly or missed: kept
        SumOfCounties,  // the counties' proposals added up (a summed indicator of the city)
    };

    Indicator indicator;
    double currentTarget = 0.0;
    std::optional<double> currentValue;
    double proposed = 0.0;
    Basis basis = Basis::CeilingKept;
    double growth = 0.0; // Grown: the yearly growth used, as a fraction (0.05 = 5%)
};

// Next year's targets proposed from a whole year (docs/design.md, "Target proposals"):
// - ceilings and growth expectations: kept;
// - a missed target: kept, never raised;
// - flows and stocks beaten or met: the target grown by the indicator's own growth of the
//   last year (held within 0–kMaxGrowth), but never below the year's figure;
// - rates beaten: raised by half the margin, at most kMaxRateRaise points, never above 100;
// - every proposal rounded up to a step that fits its size (two significant digits, never
//   finer than the indicator's precision): targets are floors to reach;
// - for the city, a summed indicator's proposal is the sum of its counties' proposals when
//   the counties have targets of their own, so that the two add up.
namespace TargetProposer {
inline constexpr double kMaxGrowth = 0.10;
inline constexpr double kMaxRateRaise = 1.0;

// The rounding step of a value: 5.29 → 0.1, 3360 → 100, 96 → 1 (at precision 0).
double step(double value, int precision);
double roundUpToStep(double value, int precision);

// One org unit's full year: its status table and the year before's (both at Q4).
struct Year
{
    QList<StatusRow> thisYear;
    QList<StatusRow> lastYear;
};

// The proposals of one org unit; counties: the full years of its direct children (empty
// for a county or when they report nothing).
QList<TargetProposal> propose(const Year &year, const QList<Year> &counties = {});
} // namespace TargetProposer

} // namespace zhibiao
