#pragma once

#include "core/dashboarddata.h"

#include <QCoreApplication>

class QChart;

class QChartView;

namespace zhibiao {

// Turns the dashboard's result structs into Qt Charts. Bars are split into one set per
// status so that the legend names each colour in words. The caller owns the chart.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ChartBuilder)

public:
    // Completion of every absolute target, highest at the top, with the 序时进度 line.
    static QChart *completion(const DashboardData &data, bool dark);
    // Year to date by quarter: this year, last year and the target line.
    static QChart *trend(const IndicatorTrend &trend, bool dark);
    // The counties by score, best first, those without data at the end.
    static QChart *ranking(const CountyRanking &ranking, bool dark);

    static QString quarterLabel(int quarter);
    // Puts the chart in the view and deletes the one it showed: QChartView::setChart() only
    // releases the old chart, so every chart replaced in place would otherwise leak.
    static void show(QChartView *view, QChart *chart);
};

} // namespace zhibiao
