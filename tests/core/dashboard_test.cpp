#include "core/dashboardbuilder.h"
#include "core/dashboardtext.h"

#include <gtest/gtest.h>

#include <ostream>

QT_BEGIN_NAMESPACE
// Readable failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << text.toStdString();
}
QT_END_NAMESPACE

using namespace zhibiao;

namespace {

Indicator make(const QString &code, const QString &category, const QString &unit, IndicatorKind kind,
               Direction direction, int sort)
{
    Indicator i;
    i.code = code;
    i.name = QStringLiteral("指标") + code;
    i.category = category;
    i.unit = unit;
    i.precision = unit == QStringLiteral("万人") ? 2 : unit == QLatin1String("%") ? 1 : 0;
    i.kind = kind;
    i.direction = direction;
    i.sortOrder = sort;
    return i;
}

const auto kFlow = IndicatorKind::Cumulative;
const auto kRate = IndicatorKind::Rate;
const auto kHigher = Direction::Higher;
const auto kCeiling = Direction::Ceiling;

// One figure per indicator at Q3 (except A6, none), 2019, for the city; the expected
// results below are worked out by hand from 序时进度 75 % and the default thresholds
// (seriously behind beyond 10 points; rates beyond 1 百分点).
DashboardSource citySource()
{
    DashboardSource s;
    s.year = 2019;
    s.catalogue = {make(QStringLiteral("A1"), QStringLiteral("甲"), QStringLiteral("万人"), kFlow, kHigher, 1),
                   make(QStringLiteral("A2"), QStringLiteral("甲"), QStringLiteral("万人"), kFlow, kHigher, 2),
                   make(QStringLiteral("A3"), QStringLiteral("甲"), QStringLiteral("万人"), kFlow, kHigher, 3),
                   make(QStringLiteral("A4"), QStringLiteral("甲"), QStringLiteral("个"), kFlow, kHigher, 4),
                   make(QStringLiteral("A5"), QStringLiteral("甲"), QStringLiteral("个"), kFlow, kHigher, 5),
                   make(QStringLiteral("A6"), QStringLiteral("甲"), QStringLiteral("个"), kFlow, kHigher, 6),
                   make(QStringLiteral("B1"), QStringLiteral("乙"), QStringLiteral("%"), kRate, kHigher, 7),
                   make(QStringLiteral("B2"), QStringLiteral("乙"), QStringLiteral("%"), kRate, kCeiling, 8),
                   make(QStringLiteral("B3"), QStringLiteral("乙"), QStringLiteral("%"), kRate, kCeiling, 9),
                   make(QStringLiteral("C1"), QStringLiteral("丙"), QStringLiteral("%"), kRate, kHigher, 10),
                   make(QStringLiteral("D1"), QStringLiteral("丁"), QStringLiteral("家"), kFlow, kHigher, 11)};
    s.orgTree = OrgTree({OrgUnit{QStringLiteral("CITY"), QStringLiteral("全市"), {}, 0},
                         OrgUnit{QStringLiteral("K1"), QStringLiteral("一县"), QStringLiteral("CITY"), 1},
                         OrgUnit{QStringLiteral("K2"), QStringLiteral("二县"), QStringLiteral("CITY"), 2},
                         OrgUnit{QStringLiteral("K3"), QStringLiteral("三县"), QStringLiteral("CITY"), 3},
                         OrgUnit{QStringLiteral("K4"), QStringLiteral("四县"), QStringLiteral("CITY"), 4},
                         OrgUnit{QStringLiteral("K5"), QStringLiteral("五县"), QStringLiteral("CITY"), 5},
                         OrgUnit{QStringLiteral("K6"), QStringLiteral("六县"), QStringLiteral("CITY"), 6}});
    YearFigures &city = s.thisYear[QStringLiteral("CITY")];
    const auto put = [&](const char *code, std::optional<double> target, std::optional<double> q3,
                         const QString &note = {}) {
        const QString c = QLatin1String(code);
        if (target)
            city.targets.insert(c, *target);
        if (q3) {
            city.values[c][2] = *q3;
            city.notes[c][2] = note;
        }
    };
    put("A1", 4.00, 3.20);                             // 80 %: ahead
    put("A2", 2.00, 1.42);                             // 71 %: 4 points behind
    put("A3", 4.00, 2.58, QStringLiteral("进度偏慢")); // 64.5 %: 10.5 points behind
    put("A4", 100, 120);                               // reached: met
    put("A5", std::nullopt, 5);                        // no target
    put("A6", 10, std::nullopt);                       // no figure
    put("B1", 90.0, 88.5);                             // 1.5 百分点 under: seriously behind
    put("B2", 4.0, 3.2);                               // ceiling kept
    put("B3", 4.0, 4.3);                               // ceiling exceeded by 0.3
    put("C1", 90.0, 95.0);                             // ahead
    put("D1", std::nullopt, 3);                        // no target
    city.values[QStringLiteral("A1")][0] = 1.0;
    city.values[QStringLiteral("A1")][1] = 2.1;
    city.values[QStringLiteral("A1")][3] = 4.1; // not yet due at Q3
    s.lastYear[QStringLiteral("CITY")].values[QStringLiteral("A1")] = {0.9, 1.8, 2.9, 3.9};

    const auto county = [&](const char *unit, std::optional<double> target, std::optional<double> value,
                            const char *code = "A1") {
        YearFigures &f = s.thisYear[QLatin1String(unit)];
        if (target)
            f.targets.insert(QLatin1String(code), *target);
        if (value)
            f.values[QLatin1String(code)][2] = *value;
    };
    county("K1", 10, 8.0);            // 80 %
    county("K2", 10, 7.0);            // 70 %
    county("K3", 20, 14.0);           // 70 %: ties with K2
    county("K4", 10, 6.0);            // 60 %
    county("K5", 10, std::nullopt);   // nothing reported
    county("K6", std::nullopt, 5.0);  // no target
    county("K1", 4.0, 3.2, "B2");     // 0.8 under the ceiling
    county("K2", 4.0, 4.3, "B2");     // 0.3 over
    county("K3", 4.0, 3.5, "B2");     // 0.5 under
    return s;
}

const CategoryCard &card(const DashboardData &data, const char *category)
{
    for (const CategoryCard &c : data.cards) {
        if (c.category == QString::fromUtf8(category))
            return c;
    }
    throw std::runtime_error("no such card");
}

QStringList warningCodes(const DashboardData &data)
{
    QStringList codes;
    for (const WarningItem &w : data.warnings)
        codes << w.code;
    return codes;
}

} // namespace

TEST(DashboardTest, CardsCountEachStatusAndSayWhyTheLightIsOn)
{
    const DashboardSource source = citySource();
    const DashboardData data = DashboardBuilder(source, {}).overview({2019, 3}, QStringLiteral("CITY"));
    ASSERT_EQ(data.cards.size(), 4);
    EXPECT_EQ(data.orgUnitName, QStringLiteral("全市"));

    const CategoryCard &a = card(data, "甲");
    EXPECT_EQ(a.ahead, 1);
    EXPECT_EQ(a.behind, 1);
    EXPECT_EQ(a.seriouslyBehind, 1);
    EXPECT_EQ(a.met, 1);
    EXPECT_EQ(a.missed, 0);
    EXPECT_EQ(a.noTarget, 1);
    EXPECT_EQ(a.noData, 1);
    EXPECT_EQ(a.light, TrafficLight::Red);
    EXPECT_EQ(a.lightWord, QStringLiteral("红灯"));
    EXPECT_EQ(a.reason, QStringLiteral("严重滞后1项（A3），滞后1项（A2）"));
    EXPECT_EQ(a.indicatorCodes.size(), 6);

    EXPECT_EQ(card(data, "乙").light, TrafficLight::Red);
    const CategoryCard &c = card(data, "丙");
    EXPECT_EQ(c.light, TrafficLight::Green);
    EXPECT_EQ(c.reason, QStringLiteral("1项目标指标达到或快于序时进度")); // no 均 for one
    const CategoryCard &d = card(data, "丁");
    EXPECT_EQ(d.light, TrafficLight::Grey);
    EXPECT_EQ(d.lightWord, QStringLiteral("无数据"));
}

TEST(DashboardTest, ThresholdsFromTheSettingsDecideTheLight)
{
    const DashboardSource source = citySource();
    Thresholds lenient;
    lenient.seriouslyBehindFrom = 15.0; // A3's 10.5 points are then only "behind"
    const DashboardData data = DashboardBuilder(source, lenient).overview({2019, 3}, QStringLiteral("CITY"));
    const CategoryCard &a = card(data, "甲");
    EXPECT_EQ(a.behind, 2);
    EXPECT_EQ(a.seriouslyBehind, 0);
    EXPECT_EQ(a.light, TrafficLight::Yellow);
    EXPECT_EQ(a.lightWord, QStringLiteral("黄灯"));
}

TEST(DashboardTest, CompletionListsAbsoluteTargetsSortedWithTheSchedule)
{
    const DashboardSource source = citySource();
    const DashboardData data = DashboardBuilder(source, {}).overview({2019, 3}, QStringLiteral("CITY"));
    ASSERT_EQ(data.completion.size(), 4);
    EXPECT_EQ(data.completion[0].code, QStringLiteral("A4"));
    EXPECT_DOUBLE_EQ(data.completion[0].completion, 120.0);
    EXPECT_EQ(data.completion[0].statusWord, QStringLiteral("提前完成"));
    EXPECT_EQ(data.completion[1].code, QStringLiteral("A1"));
    EXPECT_EQ(data.completion[2].code, QStringLiteral("A2"));
    EXPECT_EQ(data.completion[3].code, QStringLiteral("A3"));
    EXPECT_NEAR(data.completion[3].completion, 64.5, 1e-9);
    EXPECT_DOUBLE_EQ(data.completion[3].expected, 75.0);
    EXPECT_EQ(data.completion[3].valueText, QStringLiteral("2.58万人"));
}

TEST(DashboardTest, RatesAndCeilingsAreStatedInPointsOrKept)
{
    const DashboardSource source = citySource();
    const DashboardData data = DashboardBuilder(source, {}).overview({2019, 3}, QStringLiteral("CITY"));
    ASSERT_EQ(data.relative.size(), 4);
    const RelativeItem &under = data.relative[0];
    EXPECT_EQ(under.code, QStringLiteral("B1"));
    EXPECT_FALSE(under.kept);
    EXPECT_NEAR(*under.differencePp, -1.5, 1e-9);
    EXPECT_EQ(under.text, QStringLiteral("达到88.5%，低于年度目标1.5个百分点"));
    const RelativeItem &kept = data.relative[1];
    EXPECT_TRUE(kept.kept);
    EXPECT_EQ(kept.status, Status::Ahead);
    EXPECT_EQ(kept.text, QStringLiteral("控制在3.2%，比控制目标4%低0.8个百分点"));
    const RelativeItem &exceeded = data.relative[2];
    EXPECT_FALSE(exceeded.kept);
    EXPECT_EQ(exceeded.status, Status::Behind);
    EXPECT_EQ(exceeded.text, QStringLiteral("为4.3%，超出控制目标0.3个百分点"));
    EXPECT_EQ(data.relative[3].text, QStringLiteral("达到95%，超出年度目标5个百分点"));
}

TEST(DashboardTest, WarningsMostSeriousFirstWithShortfallInTheirUnit)
{
    const DashboardSource source = citySource();
    const DashboardData data = DashboardBuilder(source, {}).overview({2019, 3}, QStringLiteral("CITY"));
    EXPECT_EQ(warningCodes(data), (QStringList{QStringLiteral("A3"), QStringLiteral("B1"),
                                               QStringLiteral("A2"), QStringLiteral("B3")}));
    const WarningItem &first = data.warnings[0];
    EXPECT_EQ(first.statusWord, QStringLiteral("严重滞后"));
    EXPECT_EQ(first.shortfallText, QStringLiteral("还差0.42万人")); // 3.00 expected − 2.58
    EXPECT_EQ(first.detail, QStringLiteral("完成年度目标的64.5%，低于序时进度10.5个百分点"));
    EXPECT_EQ(first.note, QStringLiteral("进度偏慢"));
    EXPECT_EQ(data.warnings[1].shortfallText, QStringLiteral("还差1.5个百分点"));
    EXPECT_EQ(data.warnings[2].shortfallText, QStringLiteral("还差0.08万人")); // 1.50 − 1.42
    EXPECT_EQ(data.warnings[3].shortfallText, QStringLiteral("超出0.3个百分点"));
}

TEST(DashboardTest, AtYearEndMissedTargetsAndCeilingsComeFirst)
{
    const DashboardSource source = citySource();
    const DashboardData data = DashboardBuilder(source, {}).overview({2019, 4}, QStringLiteral("CITY"));
    // Missed by completion points under 100 (A3 35.5, A2 29, A1 20), then rates in 百分点.
    // A1's Q4 figure of 4.1 reaches its target of 4.00, so A1 is met.
    EXPECT_EQ(warningCodes(data), (QStringList{QStringLiteral("A3"), QStringLiteral("A2"),
                                               QStringLiteral("B1"), QStringLiteral("B3")}));
    EXPECT_EQ(data.warnings[0].status, Status::Missed);
    EXPECT_EQ(data.warnings[0].shortfallText, QStringLiteral("还差1.42万人"));
    EXPECT_EQ(data.warnings[3].statusWord, QStringLiteral("超出控制目标"));
    const RelativeItem &kept = data.relative[1];
    EXPECT_EQ(kept.status, Status::Met);
    EXPECT_TRUE(kept.kept);
    EXPECT_EQ(kept.statusWord, QStringLiteral("控制在目标内"));
    EXPECT_EQ(card(data, "甲").missed, 2);
}

TEST(DashboardTest, RankingSharesRanksOnTiesAndListsCountiesWithoutData)
{
    const DashboardSource source = citySource();
    const CountyRanking ranking = DashboardBuilder(source, {}).ranking(QStringLiteral("A1"), {2019, 3});
    EXPECT_TRUE(ranking.byCompletion);
    ASSERT_EQ(ranking.rows.size(), 6);
    QStringList order;
    QList<int> ranks;
    for (const RankingRow &row : ranking.rows) {
        order << row.orgUnitCode;
        ranks << row.rank;
    }
    EXPECT_EQ(order[0], QStringLiteral("K1"));
    EXPECT_EQ((QStringList{order[1], order[2]}), (QStringList{QStringLiteral("K2"), QStringLiteral("K3")}));
    EXPECT_EQ(order[3], QStringLiteral("K4"));
    EXPECT_EQ(ranks, (QList<int>{1, 2, 2, 4, 0, 0}));
    EXPECT_EQ(ranking.rows[0].scoreText, QStringLiteral("80%"));
    EXPECT_FALSE(ranking.rows[4].hasData);
    EXPECT_EQ(ranking.rows[4].orgUnitCode, QStringLiteral("K5"));
    EXPECT_EQ(ranking.rows[4].scoreText, QStringLiteral("无数据"));
    EXPECT_EQ(ranking.rows[5].scoreText, QStringLiteral("无目标"));
    EXPECT_EQ(DashboardText::ranking(ranking).first(), QStringLiteral("第1名 一县：80%，快于序时进度"));
}

TEST(DashboardTest, UnderACeilingLessIsRankedBetter)
{
    const DashboardSource source = citySource();
    const CountyRanking ranking = DashboardBuilder(source, {}).ranking(QStringLiteral("B2"), {2019, 3});
    EXPECT_FALSE(ranking.byCompletion);
    ASSERT_GE(ranking.rows.size(), 3);
    EXPECT_EQ(ranking.rows[0].orgUnitCode, QStringLiteral("K1"));
    EXPECT_EQ(ranking.rows[1].orgUnitCode, QStringLiteral("K3"));
    EXPECT_EQ(ranking.rows[2].orgUnitCode, QStringLiteral("K2"));
    EXPECT_EQ(ranking.rows[2].scoreText, QStringLiteral("+0.3个百分点"));
    EXPECT_EQ(ranking.rows[0].scoreText, QStringLiteral("-0.8个百分点"));
}

TEST(DashboardTest, TrendSetsThisYearBesideLastYearAndTheTargetLine)
{
    const DashboardSource source = citySource();
    const IndicatorTrend trend =
        DashboardBuilder(source, {}).trend(QStringLiteral("A1"), {2019, 3}, QStringLiteral("CITY"));
    EXPECT_EQ(trend.indicator.code, QStringLiteral("A1"));
    EXPECT_EQ(trend.thisYear[0], 1.0);
    EXPECT_EQ(trend.thisYear[2], 3.2);
    EXPECT_FALSE(trend.thisYear[3].has_value()); // Q4 is not due at Q3
    EXPECT_EQ(trend.lastYear[3], 3.9);
    ASSERT_TRUE(trend.target.has_value());
    EXPECT_DOUBLE_EQ(*trend.targetLine[0], 1.0);
    EXPECT_DOUBLE_EQ(*trend.targetLine[2], 3.0);
    EXPECT_DOUBLE_EQ(*trend.targetLine[3], 4.0);
}

TEST(DashboardTest, CompletenessSaysWhoHasHandedIn)
{
    QList<CompletenessRow> rows{{QStringLiteral("CITY"), QStringLiteral("全市"), QuarterState::Submitted, {}, {}},
                                {QStringLiteral("K1"), QStringLiteral("一县"), QuarterState::Approved, {}, {}},
                                {QStringLiteral("K2"), QStringLiteral("二县"), QuarterState::Open, {}, {}},
                                {QStringLiteral("K3"), QStringLiteral("三县"), QuarterState::Returned, {}, {}}};
    const QStringList lines = DashboardText::completeness(rows);
    EXPECT_EQ(lines.first(), QStringLiteral("已报送2个，共4个单位"));
    EXPECT_EQ(lines[3], QStringLiteral("二县：未报送"));
    EXPECT_EQ(lines[4], QStringLiteral("三县：已退回"));
}
