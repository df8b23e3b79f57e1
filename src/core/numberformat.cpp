#include "core/numberformat.h"

#include "core/indicator.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace zhibiao::NumberFormat {

int precisionForUnit(const QString &unit)
{
    static const QStringList twoDecimals = {QStringLiteral("万人"), QStringLiteral("亿元"),
                                            QStringLiteral("万元"), QStringLiteral("万人次"),
                                            QStringLiteral("万户"), QStringLiteral("万张")};
    if (twoDecimals.contains(unit))
        return 2;
    if (unit == QLatin1String("%") || unit == QStringLiteral("百分点"))
        return 1;
    return 0;
}

QString number(double value, int precision)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    precision = std::clamp(precision, 0, 6);
    const double scale = std::pow(10.0, precision);
    const double scaled = std::abs(value) * scale;
    // Beyond 2^53 a double holds no fraction any more, and the integer path below would
    // overflow: such a value (which ValueRules keeps out of the file) is printed as is.
    if (scaled >= 9007199254740992.0)
        return QString::number(value, 'f', precision);
    // A decimal like 2.675 is stored as 2.67499999…; the nudge (far below one unit in the
    // last shown place) rounds it the way the person who typed it expects.
    const auto units = static_cast<std::int64_t>(std::floor(scaled + 0.5 + 1e-9 * std::max(1.0, scaled)));
    const auto divisor = static_cast<std::int64_t>(scale);
    QString text = QString::number(units / divisor);
    if (precision > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(units % divisor, precision, 10, QLatin1Char('0'));
    if (value < 0 && units != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString figure(double value, int precision)
{
    QString text = number(value, precision);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString withUnit(double value, const Indicator &indicator)
{
    return figure(value, indicator.precision) + indicator.unit;
}

QString percent(double value)
{
    return figure(value, 1) + QLatin1Char('%');
}

QString points(double difference, int precision)
{
    return figure(std::abs(difference), precision) + QStringLiteral("个百分点");
}

double printedDifference(double value, double target, int precision)
{
    // Each figure as printed, exactly: in units of the last printed decimal.
    precision = std::clamp(precision, 0, 6);
    const double scale = std::pow(10.0, precision);
    const auto units = [&](double x) {
        const double scaled = std::abs(x) * scale;
        const double rounded = std::floor(scaled + 0.5 + 1e-9 * std::max(1.0, scaled));
        return x < 0 ? -rounded : rounded;
    };
    return (units(value) - units(target)) / scale;
}

} // namespace zhibiao::NumberFormat
