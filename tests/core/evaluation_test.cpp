#include "evaluationhelpers.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

// Expected results here are worked out by hand from the rules in docs/domain.md: completion
// = value / target for absolute targets, 序时进度 25/50/75/100 for flows, rates in 百分点.

// --- Cumulative flow, higher is better ---------------------------------------------------

TEST(Evaluation, CumulativeAheadOfScheduleAtMidYear)
{
    const Evaluation e = evaluate(flow(), 4.0, {1.0, 2.2, std::nullopt, std::nullopt}, q2);
    ASSERT_TRUE(e.completion);
    EXPECT_DOUBLE_EQ(*e.completion, 55.0);
    EXPECT_DOUBLE_EQ(*e.expected, 50.0);
    EXPECT_EQ(e.status, Status::Ahead);
    EXPECT_DOUBLE_EQ(*e.shortfall, 0.0);
    EXPECT_FALSE(e.differencePp);
    EXPECT_EQ(e.valueQuarter, 2);
    EXPECT_EQ(e.reachedQuarter, 0);
    EXPECT_FALSE(e.reachedEarly);
}

TEST(Evaluation, CumulativeExactlyOnScheduleIsAhead)
{
    EXPECT_EQ(flowAtMidYear(50.0).status, Status::Ahead);
}

TEST(Evaluation, CumulativeSlightlyBehindAtMidYear)
{
    const Evaluation e = flowAtMidYear(45.0);
    EXPECT_EQ(e.status, Status::Behind);
    EXPECT_DOUBLE_EQ(*e.completion, 45.0);
    // 50 % of 100 expected by now, 45 done: 5 more needed to be on schedule.
    EXPECT_DOUBLE_EQ(*e.shortfall, 5.0);
}

TEST(Evaluation, CumulativeSeriouslyBehindAtMidYear)
{
    const Evaluation e = flowAtMidYear(30.0);
    EXPECT_EQ(e.status, Status::SeriouslyBehind);
    EXPECT_DOUBLE_EQ(*e.shortfall, 20.0);
}

TEST(Evaluation, CumulativeDefaultThresholdBoundaryIsTenPoints)
{
    // "seriously behind: more than 10 points under": exactly 10 is still only behind.
    EXPECT_EQ(flowAtMidYear(40.0).status, Status::Behind);
    EXPECT_EQ(flowAtMidYear(39.5).status, Status::SeriouslyBehind);
}

TEST(Evaluation, CumulativeReachedBeforeQ4IsReachedEarly)
{
    const Evaluation e = evaluate(flow(), 100.0, {30.0, 60.0, 101.0, std::nullopt}, q3);
    EXPECT_EQ(e.status, Status::Met);
    EXPECT_EQ(e.reachedQuarter, 3);
    EXPECT_TRUE(e.reachedEarly);
    EXPECT_DOUBLE_EQ(*e.completion, 101.0);
    EXPECT_DOUBLE_EQ(*e.shortfall, 0.0);

    // Still 提前完成 when the full year is evaluated.
    const Evaluation year = evaluate(flow(), 100.0, {30.0, 60.0, 101.0, 120.0}, q4);
    EXPECT_EQ(year.status, Status::Met);
    EXPECT_EQ(year.reachedQuarter, 3);
    EXPECT_TRUE(year.reachedEarly);
    EXPECT_DOUBLE_EQ(*year.completion, 120.0);
}

TEST(Evaluation, CumulativeReachedOnlyAtQ4IsNotEarly)
{
    const Evaluation e = evaluate(flow(), 100.0, {20.0, 45.0, 70.0, 100.0}, q4);
    EXPECT_EQ(e.status, Status::Met);
    EXPECT_EQ(e.reachedQuarter, 4);
    EXPECT_FALSE(e.reachedEarly);
    EXPECT_DOUBLE_EQ(*e.completion, 100.0);
    EXPECT_DOUBLE_EQ(*e.expected, 100.0);
}

TEST(Evaluation, CumulativeDecimalsReachTheirSum)
{
    // 0.1 + 0.2 is 0.30000000000000004 in binary; typed figures must still reach 0.3.
    const Evaluation e = evaluate(flow(), 0.3, {0.1, 0.1 + 0.2, std::nullopt, std::nullopt}, q4);
    EXPECT_EQ(e.status, Status::Met);
    const Evaluation under = evaluate(flow(), 0.3, {0.1, 0.29, std::nullopt, std::nullopt}, q4);
    EXPECT_EQ(under.status, Status::Missed);
}

TEST(Evaluation, CumulativeMissedAtYearEnd)
{
    const Evaluation e = evaluate(flow(), 100.0, {20.0, 45.0, 70.0, 95.0}, q4);
    EXPECT_EQ(e.status, Status::Missed);
    EXPECT_DOUBLE_EQ(*e.completion, 95.0);
    EXPECT_DOUBLE_EQ(*e.shortfall, 5.0);
    EXPECT_EQ(e.reachedQuarter, 0);
    EXPECT_FALSE(e.reachedEarly);
}

TEST(Evaluation, YearEndWithoutQ4FigureUsesTheLatestQuarter)
{
    const Evaluation e = evaluate(flow(), 100.0, {20.0, 45.0, 70.0, std::nullopt}, q4);
    EXPECT_DOUBLE_EQ(*e.value, 70.0);
    EXPECT_EQ(e.valueQuarter, 3);
    EXPECT_EQ(e.status, Status::Missed);
    EXPECT_DOUBLE_EQ(*e.shortfall, 30.0);
}

TEST(Evaluation, FiguresAfterThePeriodAreIgnored)
{
    const Evaluation e = evaluate(flow(), 100.0, {10.0, 20.0, 200.0, 300.0}, q2);
    EXPECT_DOUBLE_EQ(*e.value, 20.0);
    EXPECT_EQ(e.valueQuarter, 2);
    EXPECT_EQ(e.reachedQuarter, 0);
    EXPECT_EQ(e.status, Status::SeriouslyBehind);
}

TEST(Evaluation, ExpectedShareFollowsThePeriodNotTheLastFigure)
{
    // Only Q1 reported, evaluated at Q3: 10 % done against 75 % expected.
    const Evaluation e = evaluate(flow(), 100.0, {10.0, std::nullopt, std::nullopt, std::nullopt}, q3);
    EXPECT_EQ(e.valueQuarter, 1);
    EXPECT_DOUBLE_EQ(*e.expected, 75.0);
    EXPECT_DOUBLE_EQ(*e.shortfall, 65.0);
    EXPECT_EQ(e.status, Status::SeriouslyBehind);
}

TEST(Evaluation, NoTargetIsAReportedStatistic)
{
    const Evaluation e = evaluate(flow(), std::nullopt, {5.0, 9.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(e.status, Status::NoTarget);
    EXPECT_DOUBLE_EQ(*e.value, 9.0);
    EXPECT_FALSE(e.hasTarget());
    EXPECT_FALSE(e.completion);
    EXPECT_FALSE(e.expected);
    EXPECT_FALSE(e.shortfall);
    EXPECT_FALSE(e.reachedEarly);
}

TEST(Evaluation, NoDataWithOrWithoutTarget)
{
    const QuarterValues none{};
    for (const std::optional<double> &target : {std::optional<double>(100.0), std::optional<double>()}) {
        const Evaluation e = evaluate(flow(), target, none, q4);
        EXPECT_EQ(e.status, Status::NoData);
        EXPECT_FALSE(e.value);
        EXPECT_EQ(e.valueQuarter, 0);
        EXPECT_FALSE(e.completion);
    }
    // A figure reported for Q3 does not exist yet at Q2.
    const Evaluation early = evaluate(flow(), 100.0, {std::nullopt, std::nullopt, 50.0, std::nullopt}, q2);
    EXPECT_EQ(early.status, Status::NoData);
}

TEST(Evaluation, ZeroTargetHasNoRatio)
{
    const Evaluation met = evaluate(flow(), 0.0, {1.0, 5.0, std::nullopt, std::nullopt}, q2);
    EXPECT_FALSE(met.completion);
    EXPECT_EQ(met.status, Status::Met);
    EXPECT_DOUBLE_EQ(*met.shortfall, 0.0);

    const Evaluation zero = evaluate(flow(), 0.0, {0.0, 0.0, 0.0, 0.0}, q4);
    EXPECT_FALSE(zero.completion);
    EXPECT_EQ(zero.status, Status::Met);

    const Evaluation below = evaluate(flow(), 0.0, {-1.0, std::nullopt, std::nullopt, std::nullopt}, q1);
    EXPECT_FALSE(below.completion);
    EXPECT_EQ(below.status, Status::SeriouslyBehind);
    const Evaluation belowAtYearEnd = evaluate(flow(), 0.0, {-1.0, -1.0, -1.0, -2.0}, q4);
    EXPECT_EQ(belowAtYearEnd.status, Status::Missed);
    EXPECT_DOUBLE_EQ(*belowAtYearEnd.shortfall, 2.0);
}

TEST(Evaluation, NegativeTargetHasNoRatio)
{
    const Indicator stock = make(IndicatorKind::Stock);
    const Evaluation met = evaluate(stock, -10.0, {-12.0, -8.0, std::nullopt, std::nullopt}, q2);
    EXPECT_FALSE(met.completion);
    EXPECT_EQ(met.status, Status::Met);
    EXPECT_EQ(met.reachedQuarter, 2);

    const Evaluation missed = evaluate(stock, -10.0, {-12.0, -12.0, -12.0, -12.0}, q4);
    EXPECT_FALSE(missed.completion);
    EXPECT_EQ(missed.status, Status::Missed);
    EXPECT_DOUBLE_EQ(*missed.shortfall, 2.0);

    const Evaluation midYear = evaluate(stock, -10.0, {-12.0, -12.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(midYear.status, Status::SeriouslyBehind);
}

TEST(Evaluation, QuarterOutOfRangeIsClamped)
{
    const Evaluation e = evaluate(flow(), 100.0, {20.0, 45.0, 70.0, 95.0}, Period{2019, 7});
    EXPECT_EQ(e.period.quarter, 4);
    EXPECT_EQ(e.status, Status::Missed);
}

// --- Stock, higher is better: judged against the target itself ---------------------------

TEST(Evaluation, StockIsJudgedAgainstTheWholeTarget)
{
    const Indicator stock = make(IndicatorKind::Stock);
    const Evaluation behind = evaluate(stock, 100.0, {90.0, 95.0, std::nullopt, std::nullopt}, q2);
    EXPECT_DOUBLE_EQ(*behind.expected, 100.0);
    EXPECT_DOUBLE_EQ(*behind.completion, 95.0);
    EXPECT_EQ(behind.status, Status::Behind);
    EXPECT_DOUBLE_EQ(*behind.shortfall, 5.0);

    const Evaluation serious = evaluate(stock, 100.0, {85.0, std::nullopt, std::nullopt, std::nullopt}, q1);
    EXPECT_EQ(serious.status, Status::SeriouslyBehind);
    EXPECT_DOUBLE_EQ(*serious.shortfall, 15.0);
}

TEST(Evaluation, StockReachedEarlyAndMissed)
{
    const Indicator stock = make(IndicatorKind::Stock);
    // SB01 of the demo: 58.43, 59.27, 60.52, 61.18 against 60 — reached in Q3.
    const Evaluation sb01 = evaluate(stock, 60.0, {58.43, 59.27, 60.52, 61.18}, q4);
    EXPECT_EQ(sb01.status, Status::Met);
    EXPECT_EQ(sb01.reachedQuarter, 3);
    EXPECT_TRUE(sb01.reachedEarly);
    EXPECT_NEAR(*sb01.completion, 101.9667, 1e-3);

    const Evaluation missed = evaluate(stock, 60.0, {58.0, 58.5, 59.0, 59.5}, q4);
    EXPECT_EQ(missed.status, Status::Missed);
    EXPECT_NEAR(*missed.shortfall, 0.5, 1e-9);
}

// A level can fall back under its target. A year that ends under it was not 提前完成, even
// if the target was touched in an earlier quarter; nor is a quarter that is under it now.
TEST(Evaluation, StockThatFallsBackIsNotReachedEarly)
{
    const Indicator stock = make(IndicatorKind::Stock);
    const Evaluation year = evaluate(stock, 60.0, {58.0, 60.5, 61.0, 59.5}, q4);
    EXPECT_EQ(year.status, Status::Missed);
    EXPECT_FALSE(year.reachedEarly);
    EXPECT_EQ(year.reachedQuarter, 0);

    const Evaluation q3Dip = evaluate(stock, 60.0, {58.0, 60.5, 59.9, std::nullopt}, q3);
    EXPECT_EQ(q3Dip.status, Status::Behind);
    EXPECT_FALSE(q3Dip.reachedEarly);

    // Reached in Q2, dipped in Q3, back above at year end: reached early, in Q2.
    const Evaluation recovered = evaluate(stock, 60.0, {58.0, 60.5, 59.9, 60.2}, q4);
    EXPECT_EQ(recovered.status, Status::Met);
    EXPECT_TRUE(recovered.reachedEarly);
    EXPECT_EQ(recovered.reachedQuarter, 2);
}

TEST(Evaluation, StockIgnoresASeasonalSchedule)
{
    Indicator stock = make(IndicatorKind::Stock);
    stock.schedule = Schedule({10.0, 20.0, 30.0, 100.0});
    const Evaluation e = evaluate(stock, 100.0, {50.0, std::nullopt, std::nullopt, std::nullopt}, q1);
    EXPECT_DOUBLE_EQ(*e.expected, 100.0);
    EXPECT_EQ(e.status, Status::SeriouslyBehind);
}

// --- Ceilings of absolute quantities ------------------------------------------------------

TEST(Evaluation, StockCeilingKeptAndBroken)
{
    const Indicator ceiling = make(IndicatorKind::Stock, Direction::Ceiling);
    const Evaluation kept = evaluate(ceiling, 100.0, {80.0, 100.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(kept.status, Status::Ahead);
    EXPECT_DOUBLE_EQ(*kept.shortfall, 0.0);

    const Evaluation over = evaluate(ceiling, 100.0, {80.0, 105.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(over.status, Status::Behind);
    EXPECT_DOUBLE_EQ(*over.shortfall, 5.0);
    const Evaluation farOver = evaluate(ceiling, 100.0, {80.0, 115.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(farOver.status, Status::SeriouslyBehind);
    EXPECT_DOUBLE_EQ(*farOver.shortfall, 15.0);

    EXPECT_EQ(evaluate(ceiling, 100.0, {80.0, 90.0, 99.0, 100.0}, q4).status, Status::Met);
    const Evaluation missed = evaluate(ceiling, 100.0, {80.0, 90.0, 99.0, 101.0}, q4);
    EXPECT_EQ(missed.status, Status::Missed);
    EXPECT_DOUBLE_EQ(*missed.shortfall, 1.0);
    EXPECT_FALSE(missed.reachedEarly);
}

// A flow with a yearly limit is compared with the share of the limit that 序时进度 allows so
// far. domain.md judges flows by 序时进度 but "ceilings against the target itself"; for a
// flow that is a ceiling this follows the first rule. None of the demo's indicators is one.
TEST(Evaluation, CumulativeCeilingKeptAndBroken)
{
    const Indicator ceiling = make(IndicatorKind::Cumulative, Direction::Ceiling);
    const Evaluation kept = evaluate(ceiling, 100.0, {20.0, 40.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(kept.status, Status::Ahead);
    EXPECT_DOUBLE_EQ(*kept.expected, 50.0);
    EXPECT_DOUBLE_EQ(*kept.shortfall, 0.0);

    const Evaluation over = evaluate(ceiling, 100.0, {20.0, 55.0, std::nullopt, std::nullopt}, q2);
    EXPECT_EQ(over.status, Status::Behind);
    EXPECT_DOUBLE_EQ(*over.shortfall, 5.0);

    const Evaluation yearKept = evaluate(ceiling, 100.0, {20.0, 55.0, 80.0, 100.0}, q4);
    EXPECT_EQ(yearKept.status, Status::Met);
    EXPECT_DOUBLE_EQ(*yearKept.shortfall, 0.0);
    const Evaluation yearBroken = evaluate(ceiling, 100.0, {20.0, 55.0, 80.0, 104.0}, q4);
    EXPECT_EQ(yearBroken.status, Status::Missed);
    EXPECT_DOUBLE_EQ(*yearBroken.shortfall, 4.0);
}

TEST(Evaluation, ZeroCeiling)
{
    const Indicator ceiling = make(IndicatorKind::Stock, Direction::Ceiling);
    const Evaluation kept = evaluate(ceiling, 0.0, {0.0, std::nullopt, std::nullopt, std::nullopt}, q1);
    EXPECT_FALSE(kept.completion);
    EXPECT_EQ(kept.status, Status::Ahead);
    const Evaluation broken = evaluate(ceiling, 0.0, {2.0, std::nullopt, std::nullopt, std::nullopt}, q1);
    EXPECT_FALSE(broken.completion);
    EXPECT_EQ(broken.status, Status::SeriouslyBehind);
    EXPECT_DOUBLE_EQ(*broken.shortfall, 2.0);
    EXPECT_EQ(evaluate(ceiling, 0.0, {0.0, 0.0, 0.0, 0.0}, q4).status, Status::Met);
}
