#include "core/evaluation.h"

#include "core/numberformat.h"

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

// Figures arrive as decimals typed by people: compare them with a tolerance far below any
// displayed precision so that 0.1 + 0.2 reaches a target of 0.3.
constexpr double kEpsilon = 1e-9;

bool atLeast(double value, double bound)
{
    return value >= bound - kEpsilon * std::max(1.0, std::abs(bound));
}

bool atMost(double value, double bound)
{
    return value <= bound + kEpsilon * std::max(1.0, std::abs(bound));
}

Status classifyGap(double gap, double behindFrom, double seriouslyFrom)
{
    if (!(gap > behindFrom + kEpsilon))
        return Status::Ahead;
    if (!(gap > seriouslyFrom + kEpsilon))
        return Status::Behind;
    return Status::SeriouslyBehind;
}

// Gap in completion points under the expected share, judged by the thresholds' mode.
Status classifyCompletionGap(double gapPoints, double expected, const Thresholds &thresholds)
{
    double gap = gapPoints;
    if (thresholds.mode == Thresholds::Mode::ShareOfExpected)
        gap = expected > 0.0 ? gapPoints / expected * 100.0 : 0.0;
    return classifyGap(gap, thresholds.behindFrom, thresholds.seriouslyBehindFrom);
}

void evaluateAbsoluteHigher(const Indicator &indicator, const QuarterValues &values,
                            Evaluation &e, const Thresholds &thresholds)
{
    const double target = *e.target;
    const double value = *e.value;
    const int quarter = e.period.quarter;

    // A level can fall back under its target: only a target that is reached now counts as
    // reached (otherwise a missed year would still read 提前完成).
    for (int q = 1; q <= quarter && atLeast(value, target); ++q) {
        const auto &v = values[static_cast<size_t>(q - 1)];
        if (v && atLeast(*v, target)) {
            e.reachedQuarter = q;
            break;
        }
    }
    e.reachedEarly = e.reachedQuarter >= 1 && e.reachedQuarter <= 3;

    const double expectedShare = indicator.kind == IndicatorKind::Cumulative
                                     ? indicator.effectiveSchedule().expectedShare(quarter)
                                     : 100.0;
    e.expected = expectedShare;

    if (atLeast(value, target)) {
        e.status = Status::Met;
        e.shortfall = 0.0;
        return;
    }
    if (e.period.isFullYear()) {
        e.status = Status::Missed;
        e.shortfall = target - value;
        return;
    }
    const double expectedAmount = target * expectedShare / 100.0;
    e.shortfall = std::max(0.0, expectedAmount - value);
    if (!e.completion) {
        // A negative or zero target that is not reached: no ratio to judge by.
        e.status = Status::SeriouslyBehind;
        return;
    }
    e.status = classifyCompletionGap(expectedShare - *e.completion, expectedShare, thresholds);
}

void evaluateAbsoluteCeiling(const Indicator &indicator, Evaluation &e,
                             const Thresholds &thresholds)
{
    const double target = *e.target;
    const double value = *e.value;
    const int quarter = e.period.quarter;
    const double expectedShare = indicator.kind == IndicatorKind::Cumulative
                                     ? indicator.effectiveSchedule().expectedShare(quarter)
                                     : 100.0;
    e.expected = expectedShare;
    const double limit = target * expectedShare / 100.0;
    e.shortfall = std::max(0.0, value - (e.period.isFullYear() ? target : limit));

    if (e.period.isFullYear()) {
        e.status = atMost(value, target) ? Status::Met : Status::Missed;
        return;
    }
    if (atMost(value, limit))
        e.status = Status::Ahead;
    else if (!e.completion) // a zero limit already exceeded: no ratio to judge by
        e.status = Status::SeriouslyBehind;
    else
        e.status = classifyCompletionGap(*e.completion - expectedShare, expectedShare, thresholds);
}

void evaluatePercentage(const Indicator &indicator, Evaluation &e, const Thresholds &thresholds)
{
    // The difference of the figures as printed, so that every sentence and table states the
    // difference a reader computes from the figures beside it (3.75% against 3.5%: 0.25).
    const double difference = NumberFormat::printedDifference(*e.value, *e.target, indicator.precision);
    e.differencePp = difference;
    const bool ceiling = indicator.direction == Direction::Ceiling;
    // How many points on the wrong side of the target: under a floor, over a ceiling.
    const double wrongSide = ceiling ? difference : -difference;
    e.shortfall = std::max(0.0, wrongSide);

    const bool kept = ceiling ? atMost(*e.value, *e.target) : atLeast(*e.value, *e.target);
    if (e.period.isFullYear()) {
        e.status = kept ? Status::Met : Status::Missed;
        return;
    }
    e.status = kept ? Status::Ahead
                    : classifyGap(wrongSide, thresholds.rateBehindFrom,
                                  thresholds.rateSeriouslyBehindFrom);
}

} // namespace

QString toString(Status status)
{
    switch (status) {
    case Status::Ahead:
        return QStringLiteral("ahead");
    case Status::Behind:
        return QStringLiteral("behind");
    case Status::SeriouslyBehind:
        return QStringLiteral("seriously_behind");
    case Status::Met:
        return QStringLiteral("met");
    case Status::Missed:
        return QStringLiteral("missed");
    case Status::NoTarget:
        return QStringLiteral("no_target");
    case Status::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

Evaluation evaluate(const Indicator &indicator, std::optional<double> target,
                    const QuarterValues &values, Period period, const Thresholds &thresholds)
{
    Evaluation e;
    e.period = period;
    e.period.quarter = std::clamp(period.quarter, 1, 4);
    e.target = target;

    // Every kind states the year by its latest figure: the YTD total of a flow, the level of
    // a stock, the rate or growth at that quarter's end.
    for (int q = e.period.quarter; q >= 1; --q) {
        if (const auto &v = values[static_cast<size_t>(q - 1)]) {
            e.value = *v;
            e.valueQuarter = q;
            break;
        }
    }
    if (!e.value) {
        e.status = Status::NoData;
        return e;
    }
    if (!target) {
        e.status = Status::NoTarget;
        return e;
    }

    if (indicator.hasAbsoluteTarget()) {
        if (*target > 0.0)
            e.completion = *e.value / *target * 100.0;
        if (indicator.direction == Direction::Higher)
            evaluateAbsoluteHigher(indicator, values, e, thresholds);
        else
            evaluateAbsoluteCeiling(indicator, e, thresholds);
    } else {
        evaluatePercentage(indicator, e, thresholds);
    }
    return e;
}

} // namespace zhibiao
