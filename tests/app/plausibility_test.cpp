#include "core/countysum.h"
#include "core/plausibility.h"

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

Indicator indicatorOf(IndicatorKind kind)
{
    Indicator indicator;
    indicator.code = QStringLiteral("X01");
    indicator.name = QStringLiteral("测试");
    indicator.kind = kind;
    return indicator;
}

Evaluation evaluationWith(Status status, int quarter)
{
    Evaluation evaluation;
    evaluation.period = Period{2019, quarter};
    evaluation.status = status;
    return evaluation;
}

QList<PlausibilityRule> rulesOf(const QList<PlausibilityWarning> &warnings)
{
    QList<PlausibilityRule> rules;
    for (const PlausibilityWarning &warning : warnings)
        rules << warning.rule;
    return rules;
}

TEST(PlausibilityTest, AYearToDateFigureThatGoesDownIsFlaggedAtThatQuarter)
{
    const QuarterValues values{1.0, 2.0, 1.5, 3.0};
    const auto warnings = checkPlausibility(indicatorOf(IndicatorKind::Cumulative), values, {},
                                            evaluationWith(Status::Ahead, 4), {});
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.constFirst().rule, PlausibilityRule::YearToDateDecrease);
    EXPECT_EQ(warnings.constFirst().quarter, 3);
    EXPECT_FALSE(warnings.constFirst().message.isEmpty());
    // A stock may go down.
    EXPECT_TRUE(checkPlausibility(indicatorOf(IndicatorKind::Stock), values, {},
                                  evaluationWith(Status::Ahead, 4), {})
                    .isEmpty());
}

TEST(PlausibilityTest, ARateOutsideZeroToHundred)
{
    const QuarterValues values{99.0, 101.0, -1.0, 100.0};
    const auto warnings = checkPlausibility(indicatorOf(IndicatorKind::Rate), values, {},
                                            evaluationWith(Status::Ahead, 4), {});
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.at(0).quarter, 2);
    EXPECT_EQ(warnings.at(1).quarter, 3);
    EXPECT_EQ(warnings.at(0).rule, PlausibilityRule::RateOutOfRange);
}

TEST(PlausibilityTest, FarFromTheSameQuarterLastYear)
{
    const QuarterValues lastYear{3.0, 3.0, 3.0, 3.0};
    // 10 > 3×3 and 0.9 < 3/3 are flagged; 9 and 1 are at the limits and pass.
    const QuarterValues values{10.0, 9.0, 0.9, 1.0};
    const auto warnings = checkPlausibility(indicatorOf(IndicatorKind::Stock), values, lastYear,
                                            evaluationWith(Status::Ahead, 4), {});
    EXPECT_EQ(rulesOf(warnings),
              (QList<PlausibilityRule>{PlausibilityRule::FarFromLastYear, PlausibilityRule::FarFromLastYear}));
    EXPECT_EQ(warnings.at(0).quarter, 1);
    EXPECT_EQ(warnings.at(1).quarter, 3);
}

TEST(PlausibilityTest, ARedStatusNeedsANoteForTheEvaluatedQuarter)
{
    const QuarterValues values{1.0, 2.0, {}, {}};
    const Indicator indicator = indicatorOf(IndicatorKind::Cumulative);
    auto warnings = checkPlausibility(indicator, values, {}, evaluationWith(Status::SeriouslyBehind, 2), {});
    ASSERT_EQ(rulesOf(warnings), QList<PlausibilityRule>{PlausibilityRule::RedWithoutNote});
    EXPECT_EQ(warnings.constFirst().quarter, 2);

    std::array<QString, 4> notes;
    notes[1] = QStringLiteral("项目延期");
    EXPECT_TRUE(checkPlausibility(indicator, values, {}, evaluationWith(Status::Missed, 2), notes).isEmpty());
    EXPECT_TRUE(checkPlausibility(indicator, values, {}, evaluationWith(Status::Behind, 2), {}).isEmpty());
}

TEST(CountySumTest, AddsWhatCountiesReportedPerQuarter)
{
    const QList<QuarterValues> counties{{1.0, 2.0, {}, {}}, {0.5, {}, {}, {}}, {}};
    const auto sum = sumOfCounties(indicatorOf(IndicatorKind::Cumulative), counties);
    ASSERT_TRUE(sum);
    EXPECT_DOUBLE_EQ(*sum->values[0], 1.5);
    EXPECT_DOUBLE_EQ(*sum->values[1], 2.0);
    EXPECT_FALSE(sum->values[2]);
    EXPECT_EQ(sum->reporting[0], 2);
    EXPECT_EQ(sum->reporting[1], 1);
    EXPECT_EQ(sum->counties, 3);
}

TEST(CountySumTest, RatesAndUnreportedIndicatorsAreNotSummed)
{
    const QList<QuarterValues> counties{{1.0, {}, {}, {}}};
    EXPECT_FALSE(sumOfCounties(indicatorOf(IndicatorKind::Rate), counties));
    EXPECT_FALSE(sumOfCounties(indicatorOf(IndicatorKind::Growth), counties));
    EXPECT_FALSE(sumOfCounties(indicatorOf(IndicatorKind::Stock), {QuarterValues{}, QuarterValues{}}));
}

} // namespace
} // namespace zhibiao
