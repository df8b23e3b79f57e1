#include "evaluationhelpers.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

// Rates and growth (百分点), 序时进度 schedules and the behind/seriously-behind thresholds.

// --- Rates: 百分点, never a ratio ----------------------------------------------------------

TEST(Evaluation, RateAboveTargetMidYear)
{
    const Evaluation e = evaluate(make(IndicatorKind::Rate), 90.0, {93.0, 94.2, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(e.status, Status::Ahead);
    EXPECT_NEAR(*e.differencePp, 4.2, 1e-9);
    EXPECT_FALSE(e.completion);
    EXPECT_FALSE(e.expected);
    EXPECT_DOUBLE_EQ(*e.shortfall, 0.0);
    EXPECT_FALSE(e.reachedEarly);
}

TEST(Evaluation, RateUnderTargetMidYearByThreshold)
{
    const Indicator rate = make(IndicatorKind::Rate);
    const Evaluation slightly = evaluate(rate, 98.0, {98.6, 97.5, std::nullopt, std::nullopt}, q2);
    EXPECT_NEAR(*slightly.differencePp, -0.5, 1e-9);
    EXPECT_NEAR(*slightly.shortfall, 0.5, 1e-9);
    EXPECT_EQ(slightly.status, Status::Behind);
    // Default rate thresholds: more than one point under is serious.
    EXPECT_EQ(evaluate(rate, 98.0, {97.0, std::nullopt, std::nullopt, std::nullopt}, q1).status,
              Status::Behind);
    EXPECT_EQ(evaluate(rate, 98.0, {96.5, std::nullopt, std::nullopt, std::nullopt}, q1).status,
              Status::SeriouslyBehind);
}

TEST(Evaluation, RateUnderTargetAtYearEndIsMissed)
{
    // LD04 of the demo: 97.5 % against 98 %, "低于年度目标0.5个百分点".
    const Evaluation e = evaluate(make(IndicatorKind::Rate), 98.0, {98.6, 98.5, 98.4, 97.5}, q4);
    EXPECT_EQ(e.status, Status::Missed);
    EXPECT_NEAR(*e.differencePp, -0.5, 1e-9);
    EXPECT_NEAR(*e.shortfall, 0.5, 1e-9);
    EXPECT_FALSE(e.completion);

    EXPECT_EQ(evaluate(make(IndicatorKind::Rate), 98.0, {98.6, 98.5, 98.4, 98.0}, q4).status, Status::Met);
}

TEST(Evaluation, RateThresholdsAreSettings)
{
    Thresholds t;
    t.rateBehindFrom = 0.5;
    t.rateSeriouslyBehindFrom = 2.0;
    const Indicator rate = make(IndicatorKind::Rate);
    auto at = [&](double value) {
        return evaluate(rate, 90.0, {value, std::nullopt, std::nullopt, std::nullopt}, q1, t).status;
    };
    EXPECT_EQ(at(89.5), Status::Ahead); // within the tolerance
    EXPECT_EQ(at(89.4), Status::Behind);
    EXPECT_EQ(at(88.0), Status::Behind);
    EXPECT_EQ(at(87.9), Status::SeriouslyBehind);
    // The completion thresholds do not apply to rates.
    Thresholds points;
    points.seriouslyBehindFrom = 100.0;
    EXPECT_EQ(evaluate(rate, 90.0, {80.0, std::nullopt, std::nullopt, std::nullopt}, q1, points).status,
              Status::SeriouslyBehind);
}

TEST(Evaluation, RateCeilingKeptAndBroken)
{
    const Indicator jy04 = make(IndicatorKind::Rate, Direction::Ceiling);
    // JY04 of the demo: unemployment 3.2 % within a 4.0 % limit, "控制在4%以内".
    const Evaluation kept = evaluate(jy04, 4.0, {3.3, 3.3, 3.2, 3.2}, q4);
    EXPECT_EQ(kept.status, Status::Met);
    EXPECT_NEAR(*kept.differencePp, -0.8, 1e-9);
    EXPECT_DOUBLE_EQ(*kept.shortfall, 0.0);
    EXPECT_FALSE(kept.completion);

    const Evaluation midKept = evaluate(jy04, 4.0, {3.3, 4.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(midKept.status, Status::Ahead);

    const Evaluation midOver = evaluate(jy04, 4.0, {3.3, 4.3, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(midOver.status, Status::Behind);
    EXPECT_NEAR(*midOver.differencePp, 0.3, 1e-9);
    EXPECT_NEAR(*midOver.shortfall, 0.3, 1e-9);
    EXPECT_EQ(evaluate(jy04, 4.0, {5.5, std::nullopt, std::nullopt, std::nullopt}, q1).status,
              Status::SeriouslyBehind);

    const Evaluation broken = evaluate(jy04, 4.0, {3.3, 3.6, 3.9, 4.3}, q4);
    EXPECT_EQ(broken.status, Status::Missed);
    EXPECT_NEAR(*broken.differencePp, 0.3, 1e-9);
    EXPECT_NEAR(*broken.shortfall, 0.3, 1e-9);
}

// --- Growth: actual growth − expected growth, in 百分点 -----------------------------------

TEST(Evaluation, GrowthAgainstExpectedGrowth)
{
    const Indicator growth = make(IndicatorKind::Growth);
    // SR02 of the demo: 9.0 % growth reported for 前三季度 against 8.5 % expected.
    const Evaluation year = evaluate(growth, 8.5, {8.9, 9.1, 9.0, std::nullopt}, q4);
    EXPECT_EQ(year.status, Status::Met);
    EXPECT_NEAR(*year.differencePp, 0.5, 1e-9);
    EXPECT_EQ(year.valueQuarter, 3);
    EXPECT_FALSE(year.completion);

    const Evaluation slow = evaluate(growth, 8.5, {7.0, std::nullopt, std::nullopt, std::nullopt}, q1);
    EXPECT_EQ(slow.status, Status::SeriouslyBehind);
    EXPECT_NEAR(*slow.differencePp, -1.5, 1e-9);
    EXPECT_EQ(evaluate(growth, 8.5, {8.0, 8.0, 8.0, 8.0}, q4).status, Status::Missed);
}

TEST(Evaluation, GrowthCeiling)
{
    const Indicator growth = make(IndicatorKind::Growth, Direction::Ceiling);
    EXPECT_EQ(evaluate(growth, 3.0, {2.0, 2.5, 2.8, 2.9}, q4).status, Status::Met);
    const Evaluation over = evaluate(growth, 3.0, {2.0, 2.5, 2.8, 3.4}, q4);
    EXPECT_EQ(over.status, Status::Missed);
    EXPECT_NEAR(*over.differencePp, 0.4, 1e-9);
}

// --- 序时进度 schedules ---------------------------------------------------------------------

TEST(Evaluation, DefaultScheduleIsLinear)
{
    const double shares[] = {25.0, 50.0, 75.0, 100.0};
    for (int q = 1; q <= 4; ++q) {
        QuarterValues values{};
        values[static_cast<size_t>(q - 1)] = 1.0;
        const Evaluation e = evaluate(flow(), 100.0, values, Period{2019, q});
        EXPECT_DOUBLE_EQ(*e.expected, shares[q - 1]) << "quarter " << q;
    }
}

TEST(Evaluation, SeasonalScheduleChangesExpectedShareAndStatus)
{
    // MS10 of the demo: enrolment happens in autumn, schedule 5/15/70/100.
    Indicator seasonal = flow();
    seasonal.schedule = Schedule({5.0, 15.0, 70.0, 100.0});
    const QuarterValues values{240.0, 680.0, 2600.0, std::nullopt};

    const Evaluation linearQ2 = evaluate(flow(), 4000.0, values, q2);
    EXPECT_DOUBLE_EQ(*linearQ2.expected, 50.0);
    EXPECT_EQ(linearQ2.status, Status::SeriouslyBehind);

    const Evaluation seasonalQ2 = evaluate(seasonal, 4000.0, values, q2);
    EXPECT_DOUBLE_EQ(*seasonalQ2.expected, 15.0);
    EXPECT_NEAR(*seasonalQ2.completion, 17.0, 1e-9);
    EXPECT_EQ(seasonalQ2.status, Status::Ahead);

    // Q3: 65 % done against 70 % expected; 2800 needed by now, 200 short.
    const Evaluation seasonalQ3 = evaluate(seasonal, 4000.0, values, q3);
    EXPECT_DOUBLE_EQ(*seasonalQ3.expected, 70.0);
    EXPECT_EQ(seasonalQ3.status, Status::Behind);
    EXPECT_NEAR(*seasonalQ3.shortfall, 200.0, 1e-9);
}

// --- Thresholds ---------------------------------------------------------------------------

TEST(Evaluation, PointsThresholdBoundaries)
{
    // One city: yellow for 10–30 points behind, red beyond 30.
    Thresholds t;
    t.behindFrom = 10.0;
    t.seriouslyBehindFrom = 30.0;
    EXPECT_EQ(flowAtMidYear(40.0, t).status, Status::Ahead);  // 10 points: not more than 10
    EXPECT_EQ(flowAtMidYear(39.5, t).status, Status::Behind);
    EXPECT_EQ(flowAtMidYear(20.0, t).status, Status::Behind); // 30 points
    EXPECT_EQ(flowAtMidYear(19.5, t).status, Status::SeriouslyBehind);
}

TEST(Evaluation, ShareOfExpectedThresholdBoundaries)
{
    // Another city: yellow up to half behind schedule, red beyond.
    Thresholds t;
    t.mode = Thresholds::Mode::ShareOfExpected;
    t.seriouslyBehindFrom = 50.0;
    EXPECT_EQ(flowAtMidYear(50.0, t).status, Status::Ahead);
    EXPECT_EQ(flowAtMidYear(25.0, t).status, Status::Behind); // 25 of 50 points: half
    EXPECT_EQ(flowAtMidYear(24.0, t).status, Status::SeriouslyBehind);

    // At Q1 half of 25 % is 12.5 %. The same 11-point gap is only "behind" here, while the
    // points mode calls it serious.
    auto atQ1 = [](double value, const Thresholds &thresholds) {
        return evaluate(flow(), 100.0, {value, std::nullopt, std::nullopt, std::nullopt}, q1, thresholds).status;
    };
    EXPECT_EQ(atQ1(12.5, t), Status::Behind);
    EXPECT_EQ(atQ1(12.0, t), Status::SeriouslyBehind);
    EXPECT_EQ(atQ1(14.0, t), Status::Behind);
    EXPECT_EQ(atQ1(14.0, Thresholds{}), Status::SeriouslyBehind);
}

TEST(Evaluation, ShareOfExpectedWithZeroExpectedShare)
{
    Indicator late = flow();
    late.schedule = Schedule({0.0, 0.0, 60.0, 100.0});
    Thresholds t;
    t.mode = Thresholds::Mode::ShareOfExpected;
    const Evaluation e = evaluate(late, 100.0, {0.0, std::nullopt, std::nullopt, std::nullopt}, q1, t);
    EXPECT_DOUBLE_EQ(*e.expected, 0.0);
    EXPECT_EQ(e.status, Status::Ahead);
}

TEST(Evaluation, StatusNames)
{
    EXPECT_EQ(toString(Status::Ahead), QStringLiteral("ahead"));
    EXPECT_EQ(toString(Status::Behind), QStringLiteral("behind"));
    EXPECT_EQ(toString(Status::SeriouslyBehind), QStringLiteral("seriously_behind"));
    EXPECT_EQ(toString(Status::Met), QStringLiteral("met"));
    EXPECT_EQ(toString(Status::Missed), QStringLiteral("missed"));
    EXPECT_EQ(toString(Status::NoTarget), QStringLiteral("no_target"));
    EXPECT_EQ(toString(Status::NoData), QStringLiteral("no_data"));
}
