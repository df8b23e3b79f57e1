#include "dashboard/dashboardviewtext.h"

#include "core/dashboardtext.h"

namespace zhibiao {

QString DashboardViewText::title(const DashboardWidget &widget, DashboardWidget::View which)
{
    switch (which) {
    case DashboardWidget::CardsView:
        return tr("Categories at a glance");
    case DashboardWidget::CompletionView:
        return tr("Completion of annual targets against the schedule");
    case DashboardWidget::WarningsView:
        return tr("Early warnings");
    case DashboardWidget::RelativeView:
        return tr("Rates, growth and ceilings");
    case DashboardWidget::TrendView:
        return tr("Trend: %1 %2").arg(widget.trend().indicator.code, widget.trend().indicator.name);
    case DashboardWidget::RankingView:
        return tr("County ranking: %1 %2").arg(widget.ranking().indicator.code, widget.ranking().indicator.name);
    case DashboardWidget::CompletenessView:
        return tr("Who has handed in the quarter");
    }
    return {};
}

QStringList DashboardViewText::text(const DashboardWidget &widget, DashboardWidget::View which)
{
    switch (which) {
    case DashboardWidget::CardsView:
        return DashboardText::cards(widget.data());
    case DashboardWidget::CompletionView:
        return DashboardText::completion(widget.data());
    case DashboardWidget::WarningsView:
        return DashboardText::warnings(widget.data());
    case DashboardWidget::RelativeView:
        return DashboardText::relative(widget.data());
    case DashboardWidget::TrendView:
        return DashboardText::trend(widget.trend());
    case DashboardWidget::RankingView:
        return DashboardText::ranking(widget.ranking());
    case DashboardWidget::CompletenessView:
        return DashboardText::completeness(widget.completeness());
    }
    return {};
}

} // namespace zhibiao
