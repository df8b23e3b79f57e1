#pragma once

#include <QStringView>

#include <optional>

namespace zhibiao {

// Chinese numerals as reports write counts: 一二三四五六七八九十百千万亿零〇两, e.g.
// "两千三百" = 2300, "十二" = 12, "一万二千" = 12000, "二〇一九" = 2019 (digit by digit).
namespace ChineseNumerals {
bool isNumeral(QChar c);
// The length of the run of numerals that begins at from (0 when text[from] is none).
qsizetype runLength(QStringView text, qsizetype from);
// The value of a whole run, or nothing when it does not read as a number ("万", "百千").
std::optional<double> parse(QStringView numerals);
} // namespace ChineseNumerals

} // namespace zhibiao
