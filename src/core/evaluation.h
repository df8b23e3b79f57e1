#pragma once

#include "core/indicator.h"
#include "core/period.h"
#include "core/thresholds.h"

#include <QString>

#include <array>
#include <optional>

namespace zhibiao {

enum class Status {
    Ahead,           // on or ahead of 序时进度 (or within the limit so far)
    Behind,          // under schedule by less than the serious margin
    SeriouslyBehind, // under schedule by more than the serious margin
    Met,             // the annual target is reached (or the ceiling kept at year end)
    Missed,          // the year is over and the target was not reached
    NoTarget,        // a reported statistic with no target
    NoData,          // nothing reported yet for the period
};

QString toString(Status status);

// The four quarter-end figures of one indicator, org unit and year, as entered.
using QuarterValues = std::array<std::optional<double>, 4>;

struct Evaluation
{
    Period period;                       // evaluated up to this quarter
    std::optional<double> value;         // the year's figure so far
    int valueQuarter = 0;                // the quarter that figure was reported for
    std::optional<double> target;
    std::optional<double> completion;    // percent of an absolute target
    std::optional<double> differencePp;  // rates and growth: value − target, in 百分点
    std::optional<double> expected;      // 序时进度 for an absolute target, in percent
    // How far from where it should be, in the indicator's unit: the amount still needed to
    // be on schedule (or, at year end, to reach the target); for a ceiling the excess.
    std::optional<double> shortfall;
    Status status = Status::NoData;
    int reachedQuarter = 0;              // first quarter an absolute target was reached
    bool reachedEarly = false;           // 提前完成: reached before Q4

    bool hasTarget() const { return target.has_value(); }
};

// Evaluates one indicator for one org unit and year, up to quarter period.quarter.
Evaluation evaluate(const Indicator &indicator, std::optional<double> target,
                    const QuarterValues &values, Period period,
                    const Thresholds &thresholds = {});

} // namespace zhibiao
