#pragma once

#include <QString>

namespace zhibiao {

// A reporting period: a quarter of a year. Figures are stated as at the quarter's end.
struct Period
{
    int year = 0;
    int quarter = 4;

    bool isValid() const { return year >= 1900 && year <= 9999 && quarter >= 1 && quarter <= 4; }
    bool isFullYear() const { return quarter == 4; }
    QString toString() const { return QStringLiteral("%1Q%2").arg(year).arg(quarter); }

    friend auto operator<=>(const Period &, const Period &) = default;
};

} // namespace zhibiao
