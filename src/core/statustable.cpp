#include "core/statustable.h"

#include <algorithm>

namespace zhibiao {

QList<StatusRow> buildStatusTable(const QList<Indicator> &catalogue, const YearFigures &data,
                                  Period period, const Thresholds &thresholds)
{
    QList<Indicator> ordered = catalogue;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Indicator &a, const Indicator &b) { return a.sortOrder < b.sortOrder; });

    static const QuarterValues kNoValues{};
    QList<StatusRow> rows;
    rows.reserve(ordered.size());
    for (const Indicator &indicator : std::as_const(ordered)) {
        const auto valuesIt = data.values.constFind(indicator.code);
        const auto targetIt = data.targets.constFind(indicator.code);
        const std::optional<double> target =
            targetIt == data.targets.cend() ? std::nullopt : std::optional<double>(*targetIt);
        StatusRow row{indicator,
                      evaluate(indicator, target,
                               valuesIt == data.values.cend() ? kNoValues : *valuesIt, period,
                               thresholds),
                      {}};
        if (row.evaluation.valueQuarter > 0)
            row.note = data.notes.value(indicator.code)[static_cast<size_t>(row.evaluation.valueQuarter - 1)];
        rows << row;
    }
    return rows;
}

} // namespace zhibiao
