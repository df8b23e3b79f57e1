#pragma once

#include "core/indicator.h"

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

// The values an indicator can hold at all, whoever enters them (import, grid, dialogs).
// A value outside them is refused, not warned about: it cannot be true.
// - Its magnitude stays below 10^(15 - precision), so that every figure, sum and
//   completion is exact in a double and prints as typed (2^53 ≈ 9·10^15).
// - It has no more decimals than the indicator keeps (1.234567 for a 2-decimal indicator
//   is a typing or export mistake, not a more exact figure).
// - A rate is a share from 0 to 100; a cumulative or stock figure counts or sums what was
//   done and is never negative. Growth may be anything within the magnitude.
// - A target is never negative, except for growth; a rate's target is at most 100.
class ValueRules
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ValueRules)

public:
    enum class Of { Figure, Target };

    // The largest magnitude a value of this precision may have.
    static double maxMagnitude(int precision);
    // Decimals of the value as a person would have typed it (4.5999999999999996 → 1).
    static int decimalsOf(double value);
    // Why the value is impossible for the indicator (empty: it is possible).
    static QString problem(const Indicator &indicator, double value, Of of);
};

} // namespace zhibiao
