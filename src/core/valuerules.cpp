#include "core/valuerules.h"

#include <algorithm>
#include <cmath>

namespace zhibiao {

double ValueRules::maxMagnitude(int precision)
{
    return std::pow(10.0, 15 - std::clamp(precision, 0, 6));
}

int ValueRules::decimalsOf(double value)
{
    // Ten places are more than any indicator keeps (six at most) and fewer than a double's
    // noise: what is left after trimming zeros is what was meant.
    QString text = QString::number(std::abs(value), 'f', 10);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : static_cast<int>(text.size() - point - 1);
}

QString ValueRules::problem(const Indicator &indicator, double value, Of of)
{
    if (!std::isfinite(value))
        return tr("it is not a finite number");
    const double limit = maxMagnitude(indicator.precision);
    if (std::abs(value) >= limit)
        return tr("%1 is too large: a figure of this indicator (%2 decimals) must stay below %3")
            .arg(QString::number(value, 'g', 17), QString::number(indicator.precision),
                 QString::number(limit, 'f', 0));
    const int decimals = decimalsOf(value);
    if (decimals > indicator.precision)
        return tr("%1 has %2 decimals, but %3 keeps %4: round it to %4 decimals")
            .arg(QString::number(value, 'g', 17))
            .arg(decimals)
            .arg(indicator.code)
            .arg(indicator.precision);
    switch (indicator.kind) {
    case IndicatorKind::Rate:
        if (value < 0.0 || value > 100.0)
            return of == Of::Target ? tr("a rate's target is a share from 0 to 100%")
                                    : tr("a rate is a share from 0 to 100%; %1 cannot be one").arg(value);
        break;
    case IndicatorKind::Cumulative:
    case IndicatorKind::Stock:
        if (value < 0.0)
            return of == Of::Target ? tr("a target cannot be negative")
                                    : tr("%1 counts what was done and cannot be negative").arg(indicator.code);
        break;
    case IndicatorKind::Growth:
        break;
    }
    return {};
}

} // namespace zhibiao
