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

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace zhibiao {

namespace {

QChartView *newChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Tall and wide enough for whole axis labels; on a laptop screen the page scrolls instead.
    view->setMinimumSize(420, 300);
    return view;
}

constexpr int kCardsPerRow = 4;
constexpr int kBarRowHeight = 26;
constexpr int kChartFrameHeight = 130; // title, value axis and legend

QToolButton *toolButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

QList<DashboardWidget::View> DashboardWidget::views()
{
    return {CardsView,  CompletionView, WarningsView,    RelativeView,
            TrendView, RankingView,    CompletenessView};
}

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_back(toolButton(tr("Back to the dashboard"), this)),
      m_tools(new QWidget(this)), m_pages(new QStackedWidget(this))
{
    m_thresholds = DashboardSettings::thresholds();
    QFont headlineFont = font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    m_headline->setFont(headlineFont);

    auto *tools = new QHBoxLayout(m_tools);
    tools->setContentsMargins(0, 0, 0, 0);
    auto *png = toolButton(tr("Export PNG…"), m_tools);
    auto *pdf = toolButton(tr("Export PDF…"), m_tools);
    auto *present = toolButton(tr("Presentation (F11)"), m_tools);
    tools->addWidget(m_back);
    tools->addStretch(1);
    tools->addWidget(png);
    tools->addWidget(pdf);
    tools->addWidget(present);
    connect(png, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("png")); });
    connect(pdf, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
    connect(present, &QToolButton::clicked, this, [this] { setPresentation(!m_presentation); });
    connect(m_back, &QToolButton::clicked, this, &DashboardWidget::showOverview);
    m_back->setVisible(false);

    m_pages->addWidget(buildOverview());
    m_pages->addWidget(buildCategoryPage());
    m_indicatorPage = new DashboardIndicatorPage(m_pages);
    m_pages->addWidget(m_indicatorPage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_tools);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
}

DashboardWidget::~DashboardWidget() = default;

QWidget *DashboardWidget::buildOverview()
{
    auto *page = new QWidget(m_pages);
    m_cards = new QWidget(page);
    m_cardsLayout = new QGridLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_completion = newChartView(page);
    m_warnings = DashboardTables::create(page);
    m_relative = DashboardTables::create(page);
    m_trendView = newChartView(page);
    m_rankingView = newChartView(page);
    m_completeness = DashboardTables::create(page);
    for (QTableWidget *table : {m_warnings, m_relative}) {
        connect(table, &QTableWidget::cellClicked, this, [this, table](int row, int column) {
            if (QTableWidgetItem *cell = table->item(row, column))
                openIndicator(cell->data(Qt::UserRole).toString());
        });
    }

    // Laid out for 1280×720 first: two columns of charts of a readable size, each table as
    // tall as its rows and as wide as its texts; what does not fit scrolls as one page.
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_cards, 0, 0, 1, 2);
    // The completion chart has a row of its own: its bar labels name the indicator and
    // need the width of the page.
    grid->addWidget(m_completion, 1, 0, 1, 2);
    grid->addWidget(m_trendView, 2, 0);
    grid->addWidget(m_rankingView, 2, 1);
    grid->addWidget(m_warnings, 3, 0, 1, 2);
    grid->addWidget(m_relative, 4, 0);
    grid->addWidget(m_completeness, 4, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget *DashboardWidget::buildCategoryPage()
{
    auto *page = new QWidget(m_pages);
    m_categoryTitle = new QLabel(page);
    m_categoryTable = DashboardTables::create(page);
    connect(m_categoryTable, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (QTableWidgetItem *cell = m_categoryTable->item(row, column))
            openIndicator(cell->data(Qt::UserRole).toString());
    });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_categoryTitle);
    layout->addWidget(m_categoryTable, 1);
    return page;
}

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
    m_headline->setText(headline());
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
        ChartBuilder::show(m_completion, chart);
        // A bar's label needs about a line and a half: every bar keeps its label.
        m_completion->setMinimumHeight(kChartFrameHeight + kBarRowHeight * static_cast<int>(m_data.completion.size()));
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
        DashboardTables::warnings(m_warnings, m_data, isDark);
    if (views & RelativeView)
        DashboardTables::relative(m_relative, m_data, isDark);
    if (views & TrendView)
        ChartBuilder::show(m_trendView, ChartBuilder::trend(m_trend, isDark));
    if (views & RankingView)
        ChartBuilder::show(m_rankingView, ChartBuilder::ranking(m_ranking, isDark));
    if (views & CompletenessView)
        DashboardTables::completeness(m_completeness, m_source.completeness, isDark);
    if (m_pages->currentIndex() == 1)
        openCategory(m_category);
    else if (m_pages->currentIndex() == 2)
        fillIndicatorPage();
}

void DashboardWidget::fillCards()
{
    qDeleteAll(m_cardWidgets);
    m_cardWidgets.clear();
    for (const CategoryCard &card : std::as_const(m_data.cards)) {
        auto *widget = new DashboardCard(m_cards);
        widget->setCard(card, dark());
        connect(widget, &DashboardCard::clicked, this, &DashboardWidget::openCategory);
        // Four to a row: eight categories side by side would squeeze each card to a
        // column of broken words on a 1280 px screen.
        const int index = static_cast<int>(m_cardWidgets.size());
        m_cardsLayout->addWidget(widget, index / kCardsPerRow, index % kCardsPerRow);
        m_cardWidgets << widget;
    }
}

void DashboardWidget::openCategory(const QString &category)
{
    m_category = category;
    m_categoryTitle->setText(tr("%1: its indicators. Click one for its trend, ranking and history.").arg(category));
    DashboardTables::category(m_categoryTable, m_data, category, dark());
    m_pages->setCurrentIndex(1);
    m_back->setVisible(true);
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
    ChartBuilder::show(m_trendView, ChartBuilder::trend(m_trend, dark()));
    ChartBuilder::show(m_rankingView, ChartBuilder::ranking(m_ranking, dark()));
    fillIndicatorPage();
    m_pages->setCurrentIndex(2);
    m_back->setVisible(true);
}

void DashboardWidget::fillIndicatorPage()
{
    if (const StatusRow *row = m_data.row(m_indicator))
        m_indicatorPage->setIndicator(*row, m_trend, m_ranking, m_history, dark());
}

void DashboardWidget::showOverview()
{
    m_pages->setCurrentIndex(0);
    m_back->setVisible(false);
}

int DashboardWidget::unscrolledHeight() const
{
    // The overview's whole height: the exporter draws it all on one picture.
    const auto *scroll = qobject_cast<const QScrollArea *>(m_pages->widget(0));
    const QWidget *page = scroll ? scroll->widget() : nullptr;
    if (!page)
        return height();
    const int chrome = height() - scroll->viewport()->height();
    return std::max(height(), page->minimumSizeHint().height() + chrome);
}

QWidget *DashboardWidget::categoryPage() const
{
    return m_pages->widget(1);
}

QWidget *DashboardWidget::indicatorPage() const
{
    return m_indicatorPage;
}

QTableWidget *DashboardWidget::historyTable() const
{
    return m_indicatorPage->historyTable();
}

void DashboardWidget::setPresentation(bool on)
{
    m_presentation = on;
    m_tools->setVisible(!on);
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
    if (event->key() == Qt::Key_Escape && (m_presentation || m_pages->currentIndex() != 0)) {
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
        return m_cards;
    case CompletionView:
        return m_completion;
    case WarningsView:
        return m_warnings;
    case RelativeView:
        return m_relative;
    case TrendView:
        return m_trendView;
    case RankingView:
        return m_rankingView;
    case CompletenessView:
        return m_completeness;
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
