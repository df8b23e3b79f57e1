#include "report/targetproposer.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace zhibiao::TargetProposer {

namespace {

QHash<QString, double> figuresOf(const QList<StatusRow> &rows)
{
    QHash<QString, double> figures;
    for (const StatusRow &row : rows) {
        if (row.evaluation.value)
            figures.insert(row.indicator.code, *row.evaluation.value);
    }
    return figures;
}

TargetProposal proposeOne(const StatusRow &row, const QHash<QString, double> &lastYear)
{
    const Evaluation &e = row.evaluation;
    const Indicator &indicator = row.indicator;
    TargetProposal proposal{indicator, *e.target, e.value, *e.target, TargetProposal::Basis::CeilingKept, 0.0};
    if (indicator.direction == Direction::Ceiling)
        return proposal;
    if (indicator.kind == IndicatorKind::Growth) {
        proposal.basis = TargetProposal::Basis::GrowthKept;
        return proposal;
    }
    if (indicator.isPercentage()) {
        const bool beaten = e.value && e.differencePp && *e.differencePp > 0;
        proposal.basis = TargetProposal::Basis::RateKept;
        if (beaten) {
            const double raised = *e.target + std::min(kMaxRateRaise, *e.differencePp / 2.0);
            // Half points are what rate targets are set in; never past 100%.
            proposal.proposed = std::min(100.0, std::max(*e.target, std::floor(raised * 2.0 + 1e-9) / 2.0));
            if (proposal.proposed > *e.target)
                proposal.basis = TargetProposal::Basis::RateRaised;
        }
        return proposal;
    }
    if (!e.value || *e.value < *e.target) {
        proposal.basis = TargetProposal::Basis::MissedKept;
        return proposal;
    }
    const auto last = lastYear.constFind(indicator.code);
    if (last != lastYear.cend() && *last > 0.0)
        proposal.growth = std::clamp(*e.value / *last - 1.0, 0.0, kMaxGrowth);
    const double grown = *e.target * (1.0 + proposal.growth);
    proposal.basis = grown >= *e.value ? TargetProposal::Basis::Grown : TargetProposal::Basis::AtLeastFigure;
    proposal.proposed = roundUpToStep(std::max(grown, *e.value), indicator.precision);
    return proposal;
}

} // namespace

double step(double value, int precision)
{
    const double finest = std::pow(10.0, -std::clamp(precision, 0, 6));
    if (value <= 0.0)
        return finest;
    const double twoDigits = std::pow(10.0, std::floor(std::log10(value)) - 1.0);
    return std::max(finest, twoDigits);
}

double roundUpToStep(double value, int precision)
{
    const double size = step(value, precision);
    // A hair below the step counts as on it: 5.3 stays 5.3, not 5.4.
    const double units = std::ceil(value / size - 1e-9);
    const double scale = std::pow(10.0, std::clamp(precision, 0, 6));
    return std::round(units * size * scale) / scale;
}

QList<TargetProposal> propose(const Year &year, const QList<Year> &counties)
{
    const QHash<QString, double> lastYear = figuresOf(year.lastYear);
    // Each county's proposal for the city's summed indicators.
    QHash<QString, double> countySums;
    QHash<QString, int> countiesWithTargets;
    for (const Year &county : counties) {
        const QHash<QString, double> countyLastYear = figuresOf(county.lastYear);
        for (const StatusRow &row : county.thisYear) {
            if (!row.evaluation.target || row.indicator.retired || !row.indicator.isAdditive())
                continue;
            countySums[row.indicator.code] += proposeOne(row, countyLastYear).proposed;
            ++countiesWithTargets[row.indicator.code];
        }
    }
    QList<TargetProposal> proposals;
    for (const StatusRow &row : year.thisYear) {
        if (!row.evaluation.target || row.indicator.retired)
            continue;
        TargetProposal proposal = proposeOne(row, lastYear);
        // The counties' proposals add up to the city's, unless the city missed its target
        // (then it keeps it, as a missed target never rises).
        const bool summed = row.indicator.isAdditive() && row.indicator.direction == Direction::Higher
                            && proposal.basis != TargetProposal::Basis::MissedKept && !counties.isEmpty()
                            && countiesWithTargets.value(row.indicator.code) == counties.size();
        if (summed) {
            const double scale = std::pow(10.0, std::clamp(row.indicator.precision, 0, 6));
            proposal.proposed = std::round(countySums.value(row.indicator.code) * scale) / scale;
            proposal.basis = TargetProposal::Basis::SumOfCounties;
        }
        proposals << proposal;
    }
    return proposals;
}

} // namespace zhibiao::TargetProposer
