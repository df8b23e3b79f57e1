#include "dashboard/dashboardindicatorpage.h"

#include "core/dashboardwording.h"
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardtables.h"

#include "ui_dashboardindicatorpage.h"

#include <QChartView>
#include <QTableWidget>

namespace zhibiao {

DashboardIndicatorPage::DashboardIndicatorPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardIndicatorPage>())
{
    // Charts side by side, wide enough for whole titles and county labels at 1280 px, the
    // tables below at their full size: on a laptop the page scrolls rather than squeezing.
    m_ui->setupUi(this);
    m_ui->trendChart->setRenderHint(QPainter::Antialiasing);
    m_ui->rankingChart->setRenderHint(QPainter::Antialiasing);
    DashboardTables::configure(m_ui->historyTable);
    DashboardTables::configure(m_ui->rankingTable);
}

DashboardIndicatorPage::~DashboardIndicatorPage() = default;

QTableWidget *DashboardIndicatorPage::historyTable() const
{
    return m_ui->historyTable;
}

void DashboardIndicatorPage::setIndicator(const StatusRow &row, const IndicatorTrend &trend,
                                          const CountyRanking &ranking,
                                          const QList<AuditEntry> &history, bool dark)
{
    QString title = QStringLiteral("%1 %2（%3）：%4，%5")
                        .arg(row.indicator.code, row.indicator.name, row.indicator.unit,
                             DashboardWording::statusWord(row), DashboardWording::detail(row));
    if (!row.note.isEmpty())
        title += QStringLiteral("。说明：") + row.note;
    m_ui->title->setText(title);
    ChartBuilder::show(m_ui->trendChart, ChartBuilder::trend(trend, dark));
    ChartBuilder::show(m_ui->rankingChart, ChartBuilder::ranking(ranking, dark));
    DashboardTables::ranking(m_ui->rankingTable, ranking, dark);
    DashboardTables::history(m_ui->historyTable, history, row.indicator);
}

} // namespace zhibiao
