#pragma once

#include "core/dashboarddata.h"
#include "storage/auditrepository.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace zhibiao {

// The drill-down of one indicator: where it stands in words, its trend, its county ranking
// and the history of its figures.
class DashboardIndicatorPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardIndicatorPage)

public:
    explicit DashboardIndicatorPage(QWidget *parent = nullptr);

    void setIndicator(const StatusRow &row, const IndicatorTrend &trend, const CountyRanking &ranking,
              const QList<AuditEntry> &history, bool dark);
    QTableWidget *historyTable() const { return m_history; }

private:
    QLabel *m_title;
    QChartView *m_trend;
    QChartView *m_ranking;
    QTableWidget *m_rankingTable;
    QTableWidget *m_history;
};

} // namespace zhibiao
