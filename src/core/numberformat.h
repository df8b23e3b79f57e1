#pragma once

#include <QString>

namespace zhibiao {

struct Indicator;

// Numbers as bulletins write them, one formatter for the report, the dashboard and the
// command line: ASCII digits without grouping, half-up rounding at the indicator's
// precision, and no trailing zeros ("4.5万人", "112%", "260万元", "2.83%").
namespace NumberFormat {

// 万人/亿元/万元/万人次 two decimals, % one, 元 and whole counts none.
int precisionForUnit(const QString &unit);

// Half-up at the given number of decimals, every decimal written ("4.50"): for columns
// that align, such as the entry grid. -0 is written as 0.
QString number(double value, int precision);
// The same rounding, trailing zeros dropped ("4.5", "260", "2.83"): a figure in a sentence.
QString figure(double value, int precision);
// The figure at the indicator's precision, with its unit: "4.5万人", "3.2%".
QString withUnit(double value, const Indicator &indicator);
// A completion or share in percent: one decimal, none when it is whole ("93.6%", "112%").
QString percent(double value);
// A difference of two rates as its magnitude in 百分点, at the precision of the figures
// compared: "0.25个百分点", "7.9个百分点".
QString points(double difference, int precision = 1);
// value − target as the printed figures differ (each rounded to precision first), so that
// the difference a sentence states is the one a reader computes: 3.75 − 3.5 = 0.25.
double printedDifference(double value, double target, int precision);

} // namespace NumberFormat
} // namespace zhibiao
