// The target proposal rules (docs/design.md, "Target proposals") with numbers worked out
// by hand.
#include "core/evaluation.h"
#include "report/targetproposer.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

Indicator indicator(const char *code, const char *unit, IndicatorKind kind, Direction direction = Direction::Higher)
{
    Indicator i;
    i.code = QString::fromLatin1(code);
    i.name = i.code;
    i.unit = QString::fromUtf8(unit);
    i.precision = i.unit == QStringLiteral("万人") ? 2 : i.unit == QStringLiteral("%") ? 1 : 0;
    i.kind = kind;
    i.direction = direction;
    return i;
}

// A full year: the figure at Q4 (cumulative: the year-to-date total).
StatusRow year(const Indicator &i, std::optional<double> target, double value)
{
    return StatusRow{i, evaluate(i, target, {std::nullopt, std::nullopt, std::nullopt, value}, Period{2019, 4}), {}};
}

TargetProposal only(const TargetProposer::Year &y, const QList<TargetProposer::Year> &counties = {})
{
    const QList<TargetProposal> proposals = TargetProposer::propose(y, counties);
    EXPECT_EQ(proposals.size(), 1);
    return proposals.value(0);
}

const Indicator kJobs = indicator("JY01", "万人", IndicatorKind::Cumulative);

} // namespace

TEST(TargetProposer, StepsFitTheSizeAndNeverGoFinerThanThePrecision)
{
    EXPECT_DOUBLE_EQ(TargetProposer::step(5.29, 2), 0.1);
    EXPECT_DOUBLE_EQ(TargetProposer::step(3360, 0), 100);
    EXPECT_DOUBLE_EQ(TargetProposer::step(96, 0), 1);
    EXPECT_DOUBLE_EQ(TargetProposer::step(0.97, 2), 0.01);
    EXPECT_DOUBLE_EQ(TargetProposer::step(7, 0), 1); // 0.1 would be finer than whole people
    EXPECT_DOUBLE_EQ(TargetProposer::roundUpToStep(5.292, 2), 5.3);
    EXPECT_DOUBLE_EQ(TargetProposer::roundUpToStep(3360, 0), 3400);
    EXPECT_DOUBLE_EQ(TargetProposer::roundUpToStep(5.3, 2), 5.3);
}

TEST(TargetProposer, ATargetBeatenGrowsByTheTrendButNeverBelowTheFigure)
{
    // Last year 4.8, this year 5.04: 5% growth. 4.5 × 1.05 = 4.725 is below 5.04, which
    // rounds up to 5.1.
    TargetProposal p = only({{year(kJobs, 4.5, 5.04)}, {year(kJobs, 4.2, 4.8)}});
    EXPECT_EQ(p.basis, TargetProposal::Basis::AtLeastFigure);
    EXPECT_DOUBLE_EQ(p.proposed, 5.1);
    EXPECT_NEAR(p.growth, 0.05, 1e-9);

    // Last year 4.5, this year 5.1: 13% growth, held at 10%: 5.0 × 1.1 = 5.5.
    p = only({{year(kJobs, 5.0, 5.1)}, {year(kJobs, 4.2, 4.5)}});
    EXPECT_EQ(p.basis, TargetProposal::Basis::Grown);
    EXPECT_DOUBLE_EQ(p.proposed, 5.5);
    EXPECT_NEAR(p.growth, 0.10, 1e-9);
}

TEST(TargetProposer, AMissedTargetIsNeverRaised)
{
    const Indicator training = indicator("MS08", "人", IndicatorKind::Cumulative);
    const TargetProposal p = only({{year(training, 3200, 3072)}, {year(training, 3000, 2800)}});
    EXPECT_EQ(p.basis, TargetProposal::Basis::MissedKept);
    EXPECT_DOUBLE_EQ(p.proposed, 3200);
}

TEST(TargetProposer, ARateIsRaisedByHalfItsMarginAtMostOnePoint)
{
    const Indicator rate = indicator("LD01", "%", IndicatorKind::Rate);
    // 68.5 against 60: half the 8.5 margin is 4.25, held at one point.
    TargetProposal p = only({{year(rate, 60, 68.5)}, {}});
    EXPECT_EQ(p.basis, TargetProposal::Basis::RateRaised);
    EXPECT_DOUBLE_EQ(p.proposed, 61);
    // 91.2 against 90: +0.6, set in half points: 90.5.
    p = only({{year(rate, 90, 91.2)}, {}});
    EXPECT_DOUBLE_EQ(p.proposed, 90.5);
    // 90.6 against 90: +0.3 is no half point: kept.
    p = only({{year(rate, 90, 90.6)}, {}});
    EXPECT_EQ(p.basis, TargetProposal::Basis::RateKept);
    EXPECT_DOUBLE_EQ(p.proposed, 90);
    // Never past 100.
    p = only({{year(rate, 99.8, 100)}, {}});
    EXPECT_LE(p.proposed, 100.0);
}

TEST(TargetProposer, CeilingsAndExpectedGrowthAreKept)
{
    const Indicator unemployment = indicator("JY04", "%", IndicatorKind::Rate, Direction::Ceiling);
    EXPECT_EQ(only({{year(unemployment, 4.0, 3.2)}, {}}).basis, TargetProposal::Basis::CeilingKept);
    EXPECT_DOUBLE_EQ(only({{year(unemployment, 4.0, 3.2)}, {}}).proposed, 4.0);
    const Indicator growth = indicator("SR02", "%", IndicatorKind::Growth);
    EXPECT_EQ(only({{year(growth, 8.5, 9.0)}, {}}).basis, TargetProposal::Basis::GrowthKept);
    EXPECT_DOUBLE_EQ(only({{year(growth, 8.5, 9.0)}, {}}).proposed, 8.5);
}

TEST(TargetProposer, TheCountiesProposalsAddUpToTheCitys)
{
    // D01 beat 2.0 with 2.2 after 2.0 last year (+10%): 2.0 × 1.1 = 2.2. D02 missed 2.5: kept.
    const QList<TargetProposer::Year> counties{{{year(kJobs, 2.0, 2.2)}, {year(kJobs, 1.8, 2.0)}},
                                               {{year(kJobs, 2.5, 2.4)}, {year(kJobs, 2.2, 2.3)}}};
    const TargetProposal city = only({{year(kJobs, 4.5, 4.6)}, {year(kJobs, 4.0, 4.3)}}, counties);
    EXPECT_EQ(city.basis, TargetProposal::Basis::SumOfCounties);
    EXPECT_DOUBLE_EQ(city.proposed, 2.2 + 2.5);
    const double d01 = only(counties.at(0)).proposed;
    const double d02 = only(counties.at(1)).proposed;
    EXPECT_DOUBLE_EQ(d01 + d02, city.proposed);
    EXPECT_DOUBLE_EQ(d02, 2.5); // the county that missed is not raised

    // A city that missed its own target keeps it, whatever the counties propose.
    EXPECT_EQ(only({{year(kJobs, 5.0, 4.6)}, {}}, counties).basis, TargetProposal::Basis::MissedKept);
}
