#pragma once

#include <QString>

namespace zhibiao {

struct Indicator;

// Numbers as the reports write them: precision by unit, half-up rounding, ASCII digits
// without grouping ("4.62万人", "93.6%", "0.6个百分点").
namespace NumberFormat {

// 万人/亿元/万元/万人次 two decimals, % one, 元 and whole counts none.
int precisionForUnit(const QString &unit);

// Half-up at the given number of decimals; -0 is written as 0.
QString number(double value, int precision);
// The value at the indicator's precision, with its unit: "4.62万人", "3.2%".
QString withUnit(double value, const Indicator &indicator);
// A completion or share in percent, one decimal: "93.6%".
QString percent(double value);
// A difference of two rates, as its magnitude: "0.6个百分点".
QString points(double difference);

} // namespace NumberFormat
} // namespace zhibiao
