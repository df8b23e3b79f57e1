#include "demofixture.h"

#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardwidget.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <memory>

using namespace zhibiao;

namespace {

QAbstractBarSeries *barSeries(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            return bars;
    }
    return nullptr;
}

QList<QLineSeries *> lines(QChart *chart)
{
    QList<QLineSeries *> result;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            result << line;
    }
    return result;
}

QBarSet *setNamed(QAbstractBarSeries *series, const QString &label)
{
    for (QBarSet *set : series->barSets()) {
        if (set->label() == label)
            return set;
    }
    return nullptr;
}

class ChartBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_widget.setDatabase(&m_demo.db());
        m_widget.setPeriod({2019, 3}, QStringLiteral("CITY"));
        m_widget.refresh();
    }

    test::DemoFixture m_demo;
    DashboardWidget m_widget;
};

} // namespace

TEST_F(ChartBuilderTest, CompletionChartHasOneBarPerTargetInStatusSetsAndTheScheduleLine)
{
    const std::unique_ptr<QChart> chart(ChartBuilder::completion(m_widget.data(), false));
    QAbstractBarSeries *bars = barSeries(chart.get());
    ASSERT_TRUE(bars);
    // Demo 2019 Q3: 17 absolute targets with figures, of which 5 met, 10 ahead, JY03 behind,
    // MS03 seriously behind (the status listing).
    const int count = 17;
    ASSERT_EQ(m_widget.data().completion.size(), count);
    QStringList labels;
    for (QBarSet *set : bars->barSets()) {
        labels << set->label();
        EXPECT_EQ(set->count(), count);
    }
    EXPECT_EQ(labels, (QStringList{QStringLiteral("已完成"), QStringLiteral("快于序时进度"),
                                   QStringLiteral("滞后"), QStringLiteral("严重滞后")}));
    // The lowest completion is drawn at the bottom (index 0): MS03 at 55 %, then JY03 at 68 %.
    QBarSet *serious = setNamed(bars, QStringLiteral("严重滞后"));
    EXPECT_NEAR(serious->at(0), 55.0, 1e-9);
    EXPECT_EQ(serious->sum(), serious->at(0));
    EXPECT_NEAR(setNamed(bars, QStringLiteral("滞后"))->at(1), 68.0, 1e-9);
    EXPECT_EQ(setNamed(bars, QStringLiteral("已完成"))->at(0), 0.0);

    const QList<QLineSeries *> schedule = lines(chart.get());
    ASSERT_EQ(schedule.size(), 1);
    EXPECT_EQ(schedule.first()->count(), 2 * count);
    EXPECT_DOUBLE_EQ(schedule.first()->at(0).x(), 75.0); // MS03's 序时进度
    EXPECT_DOUBLE_EQ(schedule.first()->at(2 * count - 1).x(), 75.0); // JY01 at the top
}

TEST_F(ChartBuilderTest, TrendChartHasLastYearTheTargetLineAndThisYear)
{
    const std::unique_ptr<QChart> chart(ChartBuilder::trend(m_widget.trend(), false));
    ASSERT_EQ(m_widget.trend().indicator.code, QStringLiteral("MS03"));
    const QList<QLineSeries *> series = lines(chart.get());
    ASSERT_EQ(series.size(), 3);
    EXPECT_EQ(series[0]->count(), 4); // 2018, all four quarters
    // MS03's 2019 target of 1200 by the linear schedule: 300, 600, 900, 1200.
    ASSERT_EQ(series[1]->count(), 4);
    EXPECT_DOUBLE_EQ(series[1]->at(0).y(), 300.0);
    EXPECT_DOUBLE_EQ(series[1]->at(2).y(), 900.0);
    // 2019 to Q3 as entered in resources/demo/figures.csv: 192, 408, 660.
    ASSERT_EQ(series[2]->count(), 3);
    EXPECT_DOUBLE_EQ(series[2]->at(0).y(), 192.0);
    EXPECT_DOUBLE_EQ(series[2]->at(1).y(), 408.0);
    EXPECT_DOUBLE_EQ(series[2]->at(2).y(), 660.0);
}

TEST_F(ChartBuilderTest, RankingChartHasOneBarPerCountyInRankOrder)
{
    const CountyRanking &ranking = m_widget.ranking();
    const std::unique_ptr<QChart> chart(ChartBuilder::ranking(ranking, false));
    QAbstractBarSeries *bars = barSeries(chart.get());
    ASSERT_TRUE(bars);
    ASSERT_EQ(ranking.rows.size(), 4);
    double total = 0.0;
    for (QBarSet *set : bars->barSets())
        total += set->at(0);
    EXPECT_NEAR(total, *ranking.rows[0].evaluation.completion, 1e-9);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->count(), 4);
    EXPECT_TRUE(axis->at(0).contains(ranking.rows[0].orgUnitName));
    for (qsizetype i = 1; i < ranking.rows.size(); ++i)
        EXPECT_GE(ranking.rows[i].rank, ranking.rows[i - 1].rank);
}
