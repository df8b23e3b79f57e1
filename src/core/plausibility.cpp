#include "core/plausibility.h"

#include "core/numberformat.h"

#include <QCoreApplication>

namespace zhibiao {

namespace {

// The translation context of the warnings.
class Plausibility
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Plausibility)
};

} // namespace

QList<PlausibilityWarning> checkPlausibility(const Indicator &indicator,
                                             const QuarterValues &values,
                                             const QuarterValues &lastYear,
                                             const Evaluation &evaluation,
                                             const std::array<QString, 4> &notes)
{
    QList<PlausibilityWarning> warnings;
    const auto number = [&](double value) { return NumberFormat::number(value, indicator.precision); };

    std::optional<double> earlier; // the latest figure before the quarter being checked
    int earlierQuarter = 0;
    for (int q = 1; q <= 4; ++q) {
        const auto slot = static_cast<size_t>(q - 1);
        const std::optional<double> value = values[slot];
        if (!value)
            continue;
        if (indicator.kind == IndicatorKind::Cumulative && earlier && *value < *earlier)
            warnings << PlausibilityWarning{
                PlausibilityRule::YearToDateDecrease, q,
                Plausibility::tr("The year-to-date figure %1 is lower than Q%2's %3: a year-to-date total "
                   "cannot go down.")
                    .arg(number(*value))
                    .arg(earlierQuarter)
                    .arg(number(*earlier))};
        if (indicator.kind == IndicatorKind::Rate && (*value < 0.0 || *value > 100.0))
            warnings << PlausibilityWarning{PlausibilityRule::RateOutOfRange, q,
                                            Plausibility::tr("A rate of %1% is outside 0–100%.").arg(number(*value))};
        const std::optional<double> before = lastYear[slot];
        if (indicator.kind != IndicatorKind::Growth && before && *before > 0.0
            && (*value > 3.0 * *before || *value < *before / 3.0))
            warnings << PlausibilityWarning{
                PlausibilityRule::FarFromLastYear, q,
                Plausibility::tr("%1 is far from the same quarter last year (%2): more than three times or "
                   "under a third of it.")
                    .arg(number(*value), number(*before))};
        earlier = value;
        earlierQuarter = q;
    }

    const bool red = evaluation.status == Status::SeriouslyBehind
                     || evaluation.status == Status::Missed;
    const int quarter = evaluation.period.quarter;
    if (red && quarter >= 1 && quarter <= 4
        && notes[static_cast<size_t>(quarter - 1)].trimmed().isEmpty())
        warnings << PlausibilityWarning{PlausibilityRule::RedWithoutNote, quarter,
                                        Plausibility::tr("The status is red and no note says why: add a note.")};
    return warnings;
}

QList<PlausibilityWarning> checkAgainstCountySum(const Indicator &indicator, const QuarterValues &stored,
                                                 const QuarterValues &countySum)
{
    QList<PlausibilityWarning> warnings;
    for (size_t q = 0; q < 4; ++q) {
        if (!stored[q] || !countySum[q]
            || NumberFormat::number(*stored[q], indicator.precision) == NumberFormat::number(*countySum[q], indicator.precision))
            continue;
        warnings << PlausibilityWarning{
            PlausibilityRule::DiffersFromCounties, static_cast<int>(q + 1),
            Plausibility::tr("The city's own figure %1 differs from its counties' sum %2; every view and the report "
                             "use the sum. Correct the counties' figures, or delete the city's own.")
                .arg(NumberFormat::figure(*stored[q], indicator.precision),
                     NumberFormat::figure(*countySum[q], indicator.precision))};
    }
    return warnings;
}

} // namespace zhibiao
