#include "dashboard/dashboardwidget.h"

#include "core/dashboardbuilder.h"
#include "core/dashboardtext.h"
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardcard.h"
#include "dashboard/dashboardindicatorpage.h"
#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardpalette.h"
#include "dashboard/dashboardsettings.h"
#include "dashboard/dashboardtables.h"
#include "dashboard/dashboardviewtext.h"

#include "ui_dashboardwidget.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>

namespace zhibiao {

namespace {

constexpr int kCardsPerRow = 4;
constexpr int kBarRowHeight = 26;
constexpr int kChartFrameHeight = 130; // title, value axis and legend

} // namespace

QList<DashboardWidget::View> DashboardWidget::views()
{
    return {CardsView,  CompletionView, WarningsView,    RelativeView,
            TrendView, RankingView,    CompletenessView};
}

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardWidget>())
{
    // Laid out for 1280×720 first (ui/dashboardwidget.ui): the completion chart has a row
    // of its own, as its bar labels name the indicator and need the page's width; two
    // columns of charts below it; each table as tall as its rows and as wide as its texts;
    // what does not fit scrolls as one page.
    m_ui->setupUi(this);
    m_thresholds = DashboardSettings::thresholds();
    QFont headlineFont = font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    m_ui->headline->setFont(headlineFont);
    for (QChartView *view : {m_ui->completionChart, m_ui->trendChart, m_ui->rankingChart})
        view->setRenderHint(QPainter::Antialiasing);
    for (QTableWidget *table : {m_ui->warningsTable, m_ui->relativeTable, m_ui->completenessTable,
                                m_ui->categoryTable})
        DashboardTables::configure(table);
    for (QTableWidget *table : {m_ui->warningsTable, m_ui->relativeTable, m_ui->categoryTable}) {
        connect(table, &QTableWidget::cellClicked, this, [this, table](int row, int column) {
            if (QTableWidgetItem *cell = table->item(row, column))
                openIndicator(cell->data(Qt::UserRole).toString());
        });
    }
    connect(m_ui->pngButton, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("png")); });
    connect(m_ui->pdfButton, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
    connect(m_ui->presentButton, &QToolButton::clicked, this, [this] { setPresentation(!m_presentation); });
    connect(m_ui->backButton, &QToolButton::clicked, this, &DashboardWidget::showOverview);
    m_ui->backButton->setVisible(false);
    m_ui->pages->setCurrentIndex(0);
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setDatabase(const Database *db)
{
    m_db = db;
    m_loaded = false;
}

void DashboardWidget::setPeriod(Period period, const QString &orgUnitCode)
{
    m_period = period;
    m_orgUnitCode = orgUnitCode;
}

int DashboardWidget::refresh()
{
    if (!m_db || !m_period.isValid())
        return 0;
    return display(DashboardLoader(*m_db).load(m_period), m_period, m_orgUnitCode);
}

int DashboardWidget::display(DashboardSource source, Period period, const QString &orgUnitCode)
{
    m_source = std::move(source);
    m_period = period;
    m_orgUnitCode = orgUnitCode;
    const DashboardBuilder builder(m_source, m_thresholds);
    DashboardData data = builder.overview(period, orgUnitCode);
    const bool keepIndicator = !m_indicator.isEmpty() && data.row(m_indicator);
    const QString indicator = keepIndicator ? m_indicator : DashboardBuilder::defaultIndicator(data);
    IndicatorTrend trend = builder.trend(indicator, period, orgUnitCode);
    CountyRanking ranking = builder.ranking(indicator, period);

    // After an edit most of the dashboard is unchanged: redraw only what differs.
    int changed = 0;
    if (!m_loaded || data.cards != m_data.cards)
        changed |= CardsView;
    if (!m_loaded || data.completion != m_data.completion)
        changed |= CompletionView;
    if (!m_loaded || data.warnings != m_data.warnings)
        changed |= WarningsView;
    if (!m_loaded || data.relative != m_data.relative)
        changed |= RelativeView;
    if (!m_loaded || trend != m_trend)
        changed |= TrendView;
    if (!m_loaded || DashboardText::ranking(ranking) != DashboardText::ranking(m_ranking)
        || ranking.indicator != m_ranking.indicator)
        changed |= RankingView;
    changed |= CompletenessView; // a handful of rows, always current
    m_data = std::move(data);
    m_trend = std::move(trend);
    m_ranking = std::move(ranking);
    m_indicator = indicator;
    m_loaded = true;
    m_ui->headline->setText(headline());
    redraw(changed);
    return changed;
}

void DashboardWidget::redraw(int views)
{
    const bool isDark = dark();
    if (views & CardsView)
        fillCards();
    if (views & CompletionView) {
        QChart *chart = ChartBuilder::completion(m_data, isDark);
        ChartBuilder::show(m_ui->completionChart, chart);
        // A bar's label needs about a line and a half: every bar keeps its label.
        m_ui->completionChart->setMinimumHeight(kChartFrameHeight + kBarRowHeight * static_cast<int>(m_data.completion.size()));
        for (QAbstractSeries *series : chart->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(series);
            if (!bars)
                continue;
            const auto count = m_data.completion.size();
            connect(bars, &QAbstractBarSeries::clicked, this, [this, count](int index, QBarSet *) {
                if (index >= 0 && index < count)
                    openIndicator(m_data.completion.at(count - 1 - index).code);
            });
        }
    }
    if (views & WarningsView)
        DashboardTables::warnings(m_ui->warningsTable, m_data, isDark);
    if (views & RelativeView)
        DashboardTables::relative(m_ui->relativeTable, m_data, isDark);
    if (views & TrendView)
        ChartBuilder::show(m_ui->trendChart, ChartBuilder::trend(m_trend, isDark));
    if (views & RankingView)
        ChartBuilder::show(m_ui->rankingChart, ChartBuilder::ranking(m_ranking, isDark));
    if (views & CompletenessView)
        DashboardTables::completeness(m_ui->completenessTable, m_source.completeness, isDark);
    if (m_ui->pages->currentIndex() == 1)
        openCategory(m_category);
    else if (m_ui->pages->currentIndex() == 2)
        fillIndicatorPage();
}

void DashboardWidget::fillCards()
{
    qDeleteAll(m_cardWidgets);
    m_cardWidgets.clear();
    for (const CategoryCard &card : std::as_const(m_data.cards)) {
        auto *widget = new DashboardCard(m_ui->cards);
        widget->setCard(card, dark());
        connect(widget, &DashboardCard::clicked, this, &DashboardWidget::openCategory);
        // Four to a row: eight categories side by side would squeeze each card to a
        // column of broken words on a 1280 px screen.
        const int index = static_cast<int>(m_cardWidgets.size());
        m_ui->cardsLayout->addWidget(widget, index / kCardsPerRow, index % kCardsPerRow);
        m_cardWidgets << widget;
    }
}

void DashboardWidget::openCategory(const QString &category)
{
    m_category = category;
    m_ui->categoryTitle->setText(tr("%1: its indicators. Click one for its trend, ranking and history.").arg(category));
    DashboardTables::category(m_ui->categoryTable, m_data, category, dark());
    m_ui->pages->setCurrentIndex(1);
    m_ui->backButton->setVisible(true);
}

void DashboardWidget::openIndicator(const QString &code)
{
    if (code.isEmpty() || !m_data.row(code))
        return;
    m_indicator = code;
    const DashboardBuilder builder(m_source, m_thresholds);
    m_trend = builder.trend(code, m_period, m_orgUnitCode);
    m_ranking = builder.ranking(code, m_period);
    m_history = m_db ? DashboardLoader(*m_db).history(code, m_orgUnitCode, m_period.year)
                     : QList<AuditEntry>();
    ChartBuilder::show(m_ui->trendChart, ChartBuilder::trend(m_trend, dark()));
    ChartBuilder::show(m_ui->rankingChart, ChartBuilder::ranking(m_ranking, dark()));
    fillIndicatorPage();
    m_ui->pages->setCurrentIndex(2);
    m_ui->backButton->setVisible(true);
}

void DashboardWidget::fillIndicatorPage()
{
    if (const StatusRow *row = m_data.row(m_indicator))
        m_ui->indicatorPage->setIndicator(*row, m_trend, m_ranking, m_history, dark());
}

void DashboardWidget::showOverview()
{
    m_ui->pages->setCurrentIndex(0);
    m_ui->backButton->setVisible(false);
}

int DashboardWidget::unscrolledHeight() const
{
    // The overview's whole height: the exporter draws it all on one picture.
    const auto *scroll = qobject_cast<const QScrollArea *>(m_ui->pages->widget(0));
    const QWidget *page = scroll ? scroll->widget() : nullptr;
    if (!page)
        return height();
    const int chrome = height() - scroll->viewport()->height();
    return std::max(height(), page->minimumSizeHint().height() + chrome);
}

QWidget *DashboardWidget::categoryPage() const
{
    return m_ui->pages->widget(1);
}

QWidget *DashboardWidget::indicatorPage() const
{
    return m_ui->indicatorPage;
}

QTableWidget *DashboardWidget::categoryTable() const
{
    return m_ui->categoryTable;
}

QTableWidget *DashboardWidget::historyTable() const
{
    return m_ui->indicatorPage->historyTable();
}

void DashboardWidget::setPresentation(bool on)
{
    m_presentation = on;
    m_ui->tools->setVisible(!on);
    QWidget *top = window();
    if (on)
        top->showFullScreen();
    else if (isWindow())
        close(); // a presentation window of its own
    else if (top->isFullScreen())
        top->showNormal();
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (m_loaded && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        redraw(CardsView | CompletionView | WarningsView | RelativeView | TrendView | RankingView
               | CompletenessView);
    QWidget::changeEvent(event);
}

void DashboardWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        setPresentation(!m_presentation);
        return;
    }
    if (event->key() == Qt::Key_Escape && (m_presentation || m_ui->pages->currentIndex() != 0)) {
        if (m_presentation)
            setPresentation(false);
        else
            showOverview();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool DashboardWidget::dark() const
{
    return DashboardPalette::isDark(palette());
}

QString DashboardWidget::headline() const
{
    return tr("Dashboard: %1").arg(DashboardText::periodTitle(m_data));
}

QWidget *DashboardWidget::view(View which) const
{
    switch (which) {
    case CardsView:
        return m_ui->cards;
    case CompletionView:
        return m_ui->completionChart;
    case WarningsView:
        return m_ui->warningsTable;
    case RelativeView:
        return m_ui->relativeTable;
    case TrendView:
        return m_ui->trendChart;
    case RankingView:
        return m_ui->rankingChart;
    case CompletenessView:
        return m_ui->completenessTable;
    }
    return nullptr;
}

QString DashboardWidget::viewTitle(View which) const
{
    return DashboardViewText::title(*this, which);
}

QStringList DashboardWidget::viewText(View which) const
{
    return DashboardViewText::text(*this, which);
}

} // namespace zhibiao
