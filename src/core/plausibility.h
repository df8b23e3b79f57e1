#pragma once

#include "core/evaluation.h"
#include "core/indicator.h"

#include <QList>
#include <QString>

#include <array>

namespace zhibiao {

enum class PlausibilityRule {
    YearToDateDecrease, // a cumulative figure lower than an earlier quarter's
    RateOutOfRange,     // a rate below 0 or above 100
    FarFromLastYear,    // more than 3× or under a third of the same quarter last year
    RedWithoutNote,     // seriously behind or missed, and no note says why
    DiffersFromCounties, // the city's own stored figure is not its counties' sum
};

// A figure that looks wrong. A warning, never a refusal: the figure may be right.
struct PlausibilityWarning
{
    PlausibilityRule rule = PlausibilityRule::YearToDateDecrease;
    int quarter = 0; // the quarter whose figure (or note) the warning is about
    QString message;
};

// Checks one indicator's figures of one year. notes are the notes of each quarter; the
// red-status rule looks at the note of the evaluated quarter (evaluation.period.quarter).
QList<PlausibilityWarning> checkPlausibility(const Indicator &indicator,
                                             const QuarterValues &values,
                                             const QuarterValues &lastYear,
                                             const Evaluation &evaluation,
                                             const std::array<QString, 4> &notes);

// The quarters in which a city's own stored figures differ from its counties' sum (at the
// indicator's precision): every view states the sum, so the stored figure is a leftover to
// correct or to delete.
QList<PlausibilityWarning> checkAgainstCountySum(const Indicator &indicator, const QuarterValues &stored,
                                                 const QuarterValues &countySum);

} // namespace zhibiao
