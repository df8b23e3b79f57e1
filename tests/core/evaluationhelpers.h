#pragma once

#include "core/evaluation.h"

// Shared by the evaluation tests: indicators of each kind and the quarters of 2019.
namespace zhibiao::test {

inline Indicator make(IndicatorKind kind, Direction direction = Direction::Higher)
{
    Indicator i;
    i.code = QStringLiteral("T01");
    i.kind = kind;
    i.direction = direction;
    i.unit = i.isPercentage() ? QStringLiteral("%") : QStringLiteral("万人");
    return i;
}

inline Indicator flow()
{
    return make(IndicatorKind::Cumulative);
}

constexpr Period q1{2019, 1};
constexpr Period q2{2019, 2};
constexpr Period q3{2019, 3};
constexpr Period q4{2019, 4};

// A flow of target 100 that has reached `value` by the end of Q2.
inline Evaluation flowAtMidYear(double value, const Thresholds &thresholds = {})
{
    return evaluate(flow(), 100.0, {value / 2, value, std::nullopt, std::nullopt}, q2, thresholds);
}

} // namespace zhibiao::test
