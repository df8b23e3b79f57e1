#pragma once

#include "core/dashboarddata.h"

#include <QColor>

class QPalette;

namespace zhibiao {

// The dashboard's colours for light and dark themes. Strong colours for chart marks (bars
// and lines on the chart's own background), paired background/text colours for cards, so
// that both read well on either theme. Every colour is shown beside its status word.
namespace DashboardPalette {
QColor mark(Status status, bool dark);
QColor light(TrafficLight light, bool dark); // the lamp on a card
Status statusOf(TrafficLight light);         // for the card's background and text colours
QColor expectedLine(bool dark);              // 序时进度 and the target line
QColor thisYear(bool dark);
// A card or table cell: a pale (light theme) or deep (dark theme) background with the text
// colour that reads on it; background invalid for statuses that keep the view's own.
QColor background(Status status, bool dark);
QColor foreground(Status status, bool dark);
bool isDark(const QPalette &palette);
QColor lastYear(bool dark);
} // namespace DashboardPalette

} // namespace zhibiao
