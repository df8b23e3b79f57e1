#include "core/indicator.h"

#include <gtest/gtest.h>

using namespace zhibiao;

TEST(Indicator, KindAndDirectionNamesRoundTrip)
{
    for (IndicatorKind kind : {IndicatorKind::Cumulative, IndicatorKind::Stock, IndicatorKind::Rate,
                               IndicatorKind::Growth})
        EXPECT_EQ(indicatorKindFromString(toString(kind)), kind);
    for (Direction direction : {Direction::Higher, Direction::Ceiling})
        EXPECT_EQ(directionFromString(toString(direction)), direction);
    EXPECT_EQ(indicatorKindFromString(QStringLiteral(" Rate ")), IndicatorKind::Rate);
    EXPECT_FALSE(indicatorKindFromString(QStringLiteral("flow")));
    EXPECT_FALSE(indicatorKindFromString(QString()));
    EXPECT_FALSE(directionFromString(QStringLiteral("lower")));
}

TEST(Indicator, PercentagesHaveNoAbsoluteTarget)
{
    Indicator i;
    i.kind = IndicatorKind::Rate;
    EXPECT_TRUE(i.isPercentage());
    EXPECT_FALSE(i.hasAbsoluteTarget());
    EXPECT_FALSE(i.isAdditive());
    i.kind = IndicatorKind::Growth;
    EXPECT_TRUE(i.isPercentage());
    i.kind = IndicatorKind::Stock;
    EXPECT_TRUE(i.hasAbsoluteTarget());
    EXPECT_TRUE(i.isAdditive());
    EXPECT_TRUE(i.effectiveSchedule().isDefault());
}
