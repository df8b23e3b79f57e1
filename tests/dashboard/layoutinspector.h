#pragma once

#include <QString>
#include <QStringList>

class QChartView;
class QTableWidget;
class QWidget;

namespace zhibiao::test {

// Reads what a person would find cut or crowded in a drawn window: chart labels that
// QtCharts elided, hid or drew on top of each other, and table cells that do not fit.
// Every finding is one line naming the widget; an empty list means nothing was found.
class LayoutInspector
{
public:
    static QStringList chartProblems(const QChartView *view);
    static QStringList tableProblems(const QTableWidget *table);
    // Every visible chart view and table below root.
    static QStringList problems(const QWidget *root);
};

} // namespace zhibiao::test
