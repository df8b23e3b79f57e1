#pragma once

#include "dashboard/dashboardwidget.h"

#include <QCoreApplication>

namespace zhibiao {

// The title and the figures as text of each dashboard view, for the PDF pages.
class DashboardViewText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DashboardViewText)

public:
    static QString title(const DashboardWidget &widget, DashboardWidget::View view);
    static QStringList text(const DashboardWidget &widget, DashboardWidget::View view);
};

} // namespace zhibiao
