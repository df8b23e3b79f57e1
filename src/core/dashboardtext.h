#pragma once

#include "core/dashboarddata.h"

#include <QStringList>

namespace zhibiao {

// The dashboard's figures as lines of text, one function per view: printed beside each
// chart in the PDF (a chart is an image there, its text not searchable) and usable as a
// plain-text digest.
namespace DashboardText {
QString periodTitle(const DashboardData &data); // "全市 2019年第三季度（1—9月）"
QStringList cards(const DashboardData &data);
QStringList completion(const DashboardData &data);
QStringList relative(const DashboardData &data);
QStringList warnings(const DashboardData &data);
QStringList trend(const IndicatorTrend &trend);
QStringList ranking(const CountyRanking &ranking);
QStringList completeness(const QList<CompletenessRow> &rows);
QString stateWord(QuarterState state);
} // namespace DashboardText

} // namespace zhibiao
