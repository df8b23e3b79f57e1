#include "dashboard/chartbuilder.h"

#include "core/dashboardwording.h"
#include "core/numberformat.h"
#include "core/shortname.h"
#include "dashboard/dashboardpalette.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

constexpr Status kStatusOrder[] = {Status::Met,    Status::Ahead,  Status::Behind,
                                   Status::SeriouslyBehind, Status::Missed, Status::NoData};

QChart *newChart(const QString &title, bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Names longer than this are shortened on a chart (full text in the bar's tooltip): a
// label of 13 Chinese characters fits the left of a half-screen chart at 1280 px.
constexpr int kLabelChars = 13;
constexpr int kTitleChars = 10;

// Hovering a bar shows the whole name its shortened label stands for.
void showFullNamesOnHover(QAbstractBarSeries *series, const QStringList &fullNames)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [fullNames](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < fullNames.size())
            QToolTip::showText(QCursor::pos(), fullNames.at(index));
        else
            QToolTip::hideText();
    });
}

// One bar set per status that occurs; each category's value sits in its own status's set.
template<typename Series>
Series *statusBars(const QList<std::pair<double, Status>> &bars, bool dark)
{
    auto *series = new Series;
    for (Status status : kStatusOrder) {
        if (std::none_of(bars.cbegin(), bars.cend(), [&](const auto &b) { return b.second == status; }))
            continue;
        auto *set = new QBarSet(DashboardWording::statusName(status));
        set->setColor(DashboardPalette::mark(status, dark));
        set->setBorderColor(DashboardPalette::mark(status, dark));
        for (const auto &[value, barStatus] : bars)
            set->append(barStatus == status ? value : 0.0);
        series->append(set);
    }
    series->setBarWidth(0.7);
    return series;
}

QPen dashedPen(const QColor &colour)
{
    QPen pen(colour);
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    return pen;
}

// The term itself is the bureau's, like the report phrasing.
QString scheduleName()
{
    return QStringLiteral("序时进度 ");
}

// A percent axis from 0 with ticks every 10, 20, 50 or 100 points, at most maxTicks of them.
void setPercentRange(QValueAxis *axis, double highest, int maxTicks)
{
    double step = 10.0;
    for (double candidate : {20.0, 50.0, 100.0}) {
        if (std::ceil(highest / step) + 1 <= maxTicks)
            break;
        step = candidate;
    }
    const double top = std::ceil(highest / step) * step;
    axis->setRange(0.0, top);
    axis->setTickCount(static_cast<int>(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
}

} // namespace

QString ChartBuilder::quarterLabel(int quarter)
{
    return tr("Q%1").arg(quarter);
}

QChart *ChartBuilder::completion(const DashboardData &data, bool dark)
{
    QChart *chart = newChart(tr("Completion of annual targets against the schedule"), dark);
    const auto count = static_cast<int>(data.completion.size());
    if (count == 0)
        return chart;

    // Horizontal bars are laid out bottom-up: add the list reversed to read it top-down.
    QStringList labels;
    QStringList fullNames;
    QList<std::pair<double, Status>> bars;
    double highest = 100.0;
    for (int i = count - 1; i >= 0; --i) {
        const CompletionBar &bar = data.completion.at(i);
        const QString percent = NumberFormat::percent(bar.completion);
        labels << QStringLiteral("%1 %2  %3").arg(bar.code, ShortName::abbreviate(bar.name, kLabelChars), percent);
        fullNames << QStringLiteral("%1 %2  %3").arg(bar.code, bar.name, percent);
        bars << std::pair{bar.completion, bar.status};
        highest = std::max(highest, bar.completion);
    }
    auto *series = statusBars<QHorizontalStackedBarSeries>(bars, dark);
    showFullNamesOnHover(series, fullNames);
    chart->addSeries(series);

    // Six or seven ticks: "120%" labels stay apart on a chart half a laptop screen wide.
    auto *valueAxis = new QValueAxis;
    setPercentRange(valueAxis, highest + 5.0, 7);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    // The names carry the figures: never cut them to "…".
    categoryAxis->setTruncateLabels(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    series->attachAxis(categoryAxis);

    // The 序时进度 of each bar (seasonal schedules differ), on a hidden axis spanning the rows.
    auto *rows = new QValueAxis;
    rows->setRange(-0.5, count - 0.5);
    rows->setVisible(false);
    chart->addAxis(rows, Qt::AlignRight);
    bool uniform = true;
    for (const CompletionBar &bar : data.completion)
        uniform = uniform && bar.expected == data.completion.first().expected;
    auto *expected = new QLineSeries;
    expected->setName(uniform ? scheduleName() + NumberFormat::percent(data.completion.first().expected)
                              : scheduleName().trimmed());
    for (int row = 0; row < count; ++row) {
        const double share = data.completion.at(count - 1 - row).expected;
        expected->append(share, row - 0.5);
        expected->append(share, row + 0.5);
    }
    expected->setPen(dashedPen(DashboardPalette::expectedLine(dark)));
    chart->addSeries(expected);
    expected->attachAxis(valueAxis);
    expected->attachAxis(rows);
    return chart;
}

QChart *ChartBuilder::trend(const IndicatorTrend &trend, bool dark)
{
    const Indicator &indicator = trend.indicator;
    QChart *chart = newChart(tr("%1 %2 (%3): year to date by quarter")
                                 .arg(indicator.code, ShortName::abbreviate(indicator.name, kTitleChars), indicator.unit),
                             dark);
    auto *quarters = new QBarCategoryAxis;
    for (int q = 1; q <= 4; ++q)
        quarters->append(quarterLabel(q));
    auto *values = new QValueAxis;
    chart->addAxis(quarters, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    double low = 0.0;
    double high = 0.0;
    bool any = false;
    const auto addLine = [&](const QString &name, const auto &points, const QPen &pen, bool labels) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (int q = 0; q < 4; ++q) {
            if (const auto &v = points[static_cast<size_t>(q)]) {
                series->append(q, *v);
                low = any ? std::min(low, *v) : *v;
                high = any ? std::max(high, *v) : *v;
                any = true;
            }
        }
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setPointLabelsVisible(labels);
        series->setPointLabelsFormat(QStringLiteral("@yPoint"));
        series->setPointLabelsClipping(false);
        chart->addSeries(series);
        series->attachAxis(quarters);
        series->attachAxis(values);
    };
    QPen lastPen(DashboardPalette::lastYear(dark));
    lastPen.setWidthF(2.0);
    QPen thisPen(DashboardPalette::thisYear(dark));
    thisPen.setWidthF(3.5);
    addLine(tr("%1 (last year)").arg(trend.year - 1), trend.lastYear, lastPen, false);
    if (trend.target)
        addLine(tr("Target line"), trend.targetLine, dashedPen(DashboardPalette::expectedLine(dark)), false);
    addLine(tr("%1 (this year)").arg(trend.year), trend.thisYear, thisPen, true);

    if (!any)
        high = 1.0; // nothing reported yet: an empty 0–1 scale, not four labels of "0.0"
    const double span = std::max(high - low, std::abs(high) * 0.1 + 1e-6);
    values->setRange(indicator.isPercentage() ? low - span * 0.2 : std::min(0.0, low),
                     high + span * 0.15);
    // Few ticks keep the value labels short enough for the axis: no "…".
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setLabelFormat(indicator.precision > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    return chart;
}

QChart *ChartBuilder::ranking(const CountyRanking &ranking, bool dark)
{
    const Indicator &indicator = ranking.indicator;
    QChart *chart = newChart(ranking.byCompletion
                                 ? tr("%1 %2: completion by county").arg(indicator.code, ShortName::abbreviate(indicator.name, kTitleChars))
                                 : tr("%1 %2: difference from target by county, in percentage points")
                                       .arg(indicator.code, ShortName::abbreviate(indicator.name, kTitleChars)),
                             dark);
    if (ranking.rows.isEmpty())
        return chart;
    QStringList labels;
    QList<std::pair<double, Status>> bars;
    double low = 0.0;
    double high = ranking.byCompletion ? 100.0 : 1.0;
    for (const RankingRow &row : ranking.rows) {
        const double measure = row.hasData ? (ranking.byCompletion ? *row.evaluation.completion
                                                                   : *row.evaluation.differencePp)
                                           : 0.0;
        labels << (row.hasData ? tr("No. %1 %2<br>%3").arg(row.rank).arg(row.orgUnitName, row.scoreText)
                               : tr("%1<br>%2").arg(row.orgUnitName, row.scoreText));
        bars << std::pair{measure, row.hasData ? row.evaluation.status : Status::NoData};
        low = std::min(low, measure);
        high = std::max(high, measure);
    }
    auto *series = statusBars<QStackedBarSeries>(bars, dark);
    chart->addSeries(series);
    auto *counties = new QBarCategoryAxis;
    counties->append(labels);
    counties->setTruncateLabels(false);
    auto *values = new QValueAxis;
    if (ranking.byCompletion) {
        setPercentRange(values, high + 5.0, 6);
    } else {
        const double pad = std::max(0.5, (high - low) * 0.15);
        values->setRange(low - pad, high + pad);
        values->setTickCount(5);
        values->applyNiceNumbers();
        values->setLabelFormat(QStringLiteral("%.1f"));
    }
    chart->addAxis(counties, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(counties);
    series->attachAxis(values);

    const Evaluation *withExpected = nullptr;
    for (const RankingRow &row : ranking.rows) {
        if (row.hasData && row.evaluation.expected)
            withExpected = &row.evaluation;
    }
    if (ranking.byCompletion && withExpected && indicator.direction == Direction::Higher) {
        auto *columns = new QValueAxis;
        columns->setRange(-0.5, ranking.rows.size() - 0.5);
        columns->setVisible(false);
        chart->addAxis(columns, Qt::AlignTop);
        auto *expected = new QLineSeries;
        expected->setName(scheduleName() + NumberFormat::percent(*withExpected->expected));
        expected->append(-0.5, *withExpected->expected);
        expected->append(ranking.rows.size() - 0.5, *withExpected->expected);
        expected->setPen(dashedPen(DashboardPalette::expectedLine(dark)));
        chart->addSeries(expected);
        expected->attachAxis(columns);
        expected->attachAxis(values);
    }
    return chart;
}

void ChartBuilder::show(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace zhibiao
