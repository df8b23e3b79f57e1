#pragma once

#include "core/dashboarddata.h"
#include "core/dashboardsource.h"
#include "core/thresholds.h"

namespace zhibiao {

// Computes the dashboard from what was read: pure functions of the source, the period and
// the thresholds (which come from the settings), so that the window, the CLI and the tests
// see the same figures.
class DashboardBuilder
{
public:
    DashboardBuilder(const DashboardSource &source, const Thresholds &thresholds)
        : m_source(source), m_thresholds(thresholds)
    {
    }

    // The cards, completion chart, rate/ceiling list and warnings of one org unit.
    DashboardData overview(Period period, const QString &orgUnitCode) const;
    IndicatorTrend trend(const QString &indicatorCode, Period period,
                         const QString &orgUnitCode) const;
    // Every unit directly below the city, ranked on the indicator.
    CountyRanking ranking(const QString &indicatorCode, Period period) const;
    const QList<CompletenessRow> &completeness() const { return m_source.completeness; }

    // The indicator a view shows when none was chosen: the most serious warning, else the
    // first indicator with a target.
    static QString defaultIndicator(const DashboardData &data);

private:
    const Indicator *indicator(const QString &code) const;

    const DashboardSource &m_source;
    Thresholds m_thresholds;
};

} // namespace zhibiao
