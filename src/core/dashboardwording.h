#pragma once

#include "core/dashboarddata.h"
#include "core/statustable.h"

#include <QString>

namespace zhibiao {

// The dashboard's words, in the phrasing of the bureau's reports ("还差0.42万人",
// "低于序时进度3.0个百分点"): Chinese data like the report text, not interface strings.
namespace DashboardWording {
QString statusWord(const StatusRow &row);
// The status alone, for a chart legend: 快于序时进度, 滞后, 严重滞后, 已完成, 未完成.
QString statusName(Status status);
QString lightWord(TrafficLight light);
// Why a card has its light: the counts behind it and the codes that caused it.
QString cardReason(const CategoryCard &card, const QStringList &seriousCodes,
                   const QStringList &behindCodes, const QStringList &missedCodes);
// The amount missing, in the indicator's own unit or in 百分点.
QString shortfallText(const StatusRow &row);
// Where the indicator stands against its target and 序时进度.
QString detail(const StatusRow &row);
// A rate, growth or ceiling stated as what it is.
QString relativeText(const StatusRow &row);
} // namespace DashboardWording

} // namespace zhibiao
