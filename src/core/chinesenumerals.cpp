#include "core/chinesenumerals.h"

#include <QString>

namespace zhibiao::ChineseNumerals {

namespace {

// 0–9 of one numeral, -1 when it is a multiplier or not a numeral.
int digitOf(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == u'零')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

double multiplierOf(QChar c)
{
    switch (c.unicode()) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    case u'万': return 1e4;
    case u'亿': return 1e8;
    default: return 0;
    }
}

// "二〇一九": digits with no multiplier between them, read one by one.
std::optional<double> parseDigitByDigit(QStringView numerals)
{
    double value = 0;
    for (QChar c : numerals) {
        const int digit = digitOf(c);
        if (digit < 0)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace

bool isNumeral(QChar c)
{
    return digitOf(c) >= 0 || multiplierOf(c) > 0;
}

qsizetype runLength(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isNumeral(text[end]))
        ++end;
    return end - from;
}

std::optional<double> parse(QStringView numerals)
{
    // A count starts with a digit or 十 ("十二家"); 百/千/万 alone are words ("千家万户").
    if (numerals.isEmpty() || (digitOf(numerals[0]) < 0 && numerals[0] != u'十'))
        return std::nullopt;
    bool hasMultiplier = false;
    for (QChar c : numerals)
        hasMultiplier = hasMultiplier || multiplierOf(c) > 0;
    if (!hasMultiplier)
        return numerals.size() == 1 ? double(digitOf(numerals[0])) : parseDigitByDigit(numerals);

    // total: what 亿/万 have closed; section: below 万; digit: waiting for its multiplier.
    double total = 0, section = 0;
    int digit = -1;
    for (QChar c : numerals) {
        const double multiplier = multiplierOf(c);
        if (multiplier == 0) {
            if (digit > 0) // "三四": two digits in a row are no count
                return std::nullopt;
            digit = digitOf(c) == 0 ? -1 : digitOf(c);
        } else if (multiplier < 1e4) {
            section += (digit < 0 ? 1 : digit) * multiplier;
            digit = -1;
        } else {
            const double closed = section + (digit < 0 ? 0 : digit);
            total = multiplier == 1e8 ? (total + closed) * 1e8 : total + closed * 1e4;
            section = 0;
            digit = -1;
        }
    }
    return total + section + (digit < 0 ? 0 : digit);
}

} // namespace zhibiao::ChineseNumerals
