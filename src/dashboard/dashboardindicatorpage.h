#pragma once

#include "core/dashboarddata.h"
#include "storage/auditrepository.h"

#include <QWidget>

#include <memory>

class QTableWidget;

namespace zhibiao {

namespace Ui {
class DashboardIndicatorPage;
}

// The drill-down of one indicator: where it stands in words, its trend, its county ranking
// and the history of its figures.
class DashboardIndicatorPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardIndicatorPage)

public:
    explicit DashboardIndicatorPage(QWidget *parent = nullptr);
    ~DashboardIndicatorPage() override;

    void setIndicator(const StatusRow &row, const IndicatorTrend &trend, const CountyRanking &ranking,
                      const QList<AuditEntry> &history, bool dark);
    QTableWidget *historyTable() const;

private:
    std::unique_ptr<Ui::DashboardIndicatorPage> m_ui; // ui/dashboardindicatorpage.ui
};

} // namespace zhibiao
