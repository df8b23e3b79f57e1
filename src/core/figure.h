#pragma once

#include "core/period.h"

#include <QString>

namespace zhibiao {

// A figure as reported at a quarter's end: year to date for cumulative indicators,
// the level for the others.
struct Figure
{
    QString indicatorCode;
    QString orgUnitCode;
    Period period;
    double value = 0.0;
    QString note;

    friend bool operator==(const Figure &, const Figure &) = default;
};

// An annual target of one org unit. An indicator without a target has no row.
struct Target
{
    QString indicatorCode;
    QString orgUnitCode;
    int year = 0;
    double value = 0.0;

    friend bool operator==(const Target &, const Target &) = default;
};

} // namespace zhibiao
