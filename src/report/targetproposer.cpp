#include "report/targetproposer.h"

#include <algorithm>
#include <cmath>

namespace zhibiao::TargetProposer {

namespace {

double roundTo(double value, int precision)
{
    const double scale = std::pow(10.0, std::clamp(precision, 0, 6));
    return std::round(value * scale) / scale;
}

} // namespace

QList<TargetProposal> propose(const QList<StatusRow> &thisYear, const QList<StatusRow> &lastYear)
{
    QHash<QString, double> previous;
    for (const StatusRow &row : lastYear) {
        if (row.evaluation.value)
            previous.insert(row.indicator.code, *row.evaluation.value);
    }
    QList<TargetProposal> proposals;
    for (const StatusRow &row : thisYear) {
        const Evaluation &e = row.evaluation;
        if (!e.target || row.indicator.retired)
            continue;
        TargetProposal proposal{row.indicator, *e.target, e.value, *e.target};
        const Indicator &indicator = row.indicator;
        if (indicator.direction == Direction::Ceiling || indicator.kind == IndicatorKind::Growth) {
            // kept
        } else if (indicator.isPercentage()) {
            if (e.value && *e.value > *e.target)
                proposal.proposed = std::min({100.0, *e.target + std::min(kMaxRateRaise, (*e.value - *e.target) / 2.0)});
        } else if (e.value) {
            double growth = 0.0;
            const auto last = previous.constFind(indicator.code);
            if (last != previous.cend() && *last > 0.0)
                growth = std::clamp(*e.value / *last - 1.0, 0.0, kMaxGrowth);
            proposal.proposed = std::max(*e.target, *e.value) * (1.0 + growth);
        }
        proposal.proposed = roundTo(proposal.proposed, indicator.precision);
        proposals << proposal;
    }
    return proposals;
}

} // namespace zhibiao::TargetProposer
