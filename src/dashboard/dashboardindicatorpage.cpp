#include "dashboard/dashboardindicatorpage.h"

#include "core/dashboardwording.h"
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardtables.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zhibiao {

DashboardIndicatorPage::DashboardIndicatorPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_trend(new QChartView(this)),
      m_ranking(new QChartView(this)), m_rankingTable(DashboardTables::create(this)),
      m_history(DashboardTables::create(this))
{
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QChartView *view : {m_trend, m_ranking}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(460, 320); // whole titles and county labels at 1280 px
    }
    // Charts side by side, the tables below at their full size; on a laptop screen the
    // page scrolls rather than squeezing the charts' labels.
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_trend, 1, 0);
    grid->addWidget(m_ranking, 1, 1);
    grid->addWidget(m_history, 2, 0, Qt::AlignTop);
    grid->addWidget(m_rankingTable, 2, 1, Qt::AlignTop);
    grid->setRowStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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
    m_title->setText(title);
    ChartBuilder::show(m_trend, ChartBuilder::trend(trend, dark));
    ChartBuilder::show(m_ranking, ChartBuilder::ranking(ranking, dark));
    DashboardTables::ranking(m_rankingTable, ranking, dark);
    DashboardTables::history(m_history, history, row.indicator);
}

} // namespace zhibiao
