#include "core/indicator.h"
#include "core/numberformat.h"

#include <gtest/gtest.h>

#include <limits>

using namespace zhibiao;

TEST(NumberFormat, PrecisionByUnit)
{
    for (const QString &unit : {QStringLiteral("万人"), QStringLiteral("亿元"), QStringLiteral("万元"),
                                QStringLiteral("万人次")})
        EXPECT_EQ(NumberFormat::precisionForUnit(unit), 2) << unit.toStdString();
    EXPECT_EQ(NumberFormat::precisionForUnit(QStringLiteral("%")), 1);
    EXPECT_EQ(NumberFormat::precisionForUnit(QStringLiteral("百分点")), 1);
    for (const QString &unit : {QStringLiteral("元"), QStringLiteral("人"), QStringLiteral("人次"),
                                QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("件"),
                                QStringLiteral("场"), QStringLiteral("户"), QStringLiteral("名")})
        EXPECT_EQ(NumberFormat::precisionForUnit(unit), 0) << unit.toStdString();
}

TEST(NumberFormat, RoundsHalfUpAsTyped)
{
    // Binary doubles sit just under these halves; people expect them rounded up.
    EXPECT_EQ(NumberFormat::number(2.675, 2), QStringLiteral("2.68"));
    EXPECT_EQ(NumberFormat::number(0.125, 2), QStringLiteral("0.13"));
    EXPECT_EQ(NumberFormat::number(1.005, 2), QStringLiteral("1.01"));
    EXPECT_EQ(NumberFormat::number(4.615, 2), QStringLiteral("4.62"));
    EXPECT_EQ(NumberFormat::number(0.05, 1), QStringLiteral("0.1"));
    EXPECT_EQ(NumberFormat::number(2.5, 0), QStringLiteral("3"));
    EXPECT_EQ(NumberFormat::number(2.4999, 0), QStringLiteral("2"));
    EXPECT_EQ(NumberFormat::number(2.674, 2), QStringLiteral("2.67"));
}

TEST(NumberFormat, PadsAndDoesNotGroup)
{
    EXPECT_EQ(NumberFormat::number(4.5, 2), QStringLiteral("4.50"));
    EXPECT_EQ(NumberFormat::number(3.0, 1), QStringLiteral("3.0"));
    EXPECT_EQ(NumberFormat::number(0.0, 2), QStringLiteral("0.00"));
    EXPECT_EQ(NumberFormat::number(1234567.5, 0), QStringLiteral("1234568"));
    EXPECT_EQ(NumberFormat::number(0.07, 2), QStringLiteral("0.07"));
}

TEST(NumberFormat, Negatives)
{
    EXPECT_EQ(NumberFormat::number(-2.675, 2), QStringLiteral("-2.68"));
    EXPECT_EQ(NumberFormat::number(-0.63, 2), QStringLiteral("-0.63"));
    EXPECT_EQ(NumberFormat::number(-2.5, 0), QStringLiteral("-3"));
    // Rounded to zero, a negative shows no sign.
    EXPECT_EQ(NumberFormat::number(-0.001, 0), QStringLiteral("0"));
    EXPECT_EQ(NumberFormat::number(-0.001, 2), QStringLiteral("0.00"));
    EXPECT_EQ(NumberFormat::number(-0.0, 1), QStringLiteral("0.0"));
}

TEST(NumberFormat, NotANumber)
{
    EXPECT_EQ(NumberFormat::number(std::numeric_limits<double>::quiet_NaN(), 2), QStringLiteral("—"));
    EXPECT_EQ(NumberFormat::number(std::numeric_limits<double>::infinity(), 2), QStringLiteral("—"));
}

TEST(NumberFormat, FiguresDropTrailingZerosAsBulletinsDo)
{
    EXPECT_EQ(NumberFormat::figure(4.5, 2), QStringLiteral("4.5"));
    EXPECT_EQ(NumberFormat::figure(260.0, 2), QStringLiteral("260"));
    EXPECT_EQ(NumberFormat::figure(2.83, 2), QStringLiteral("2.83"));
    EXPECT_EQ(NumberFormat::figure(0.0, 2), QStringLiteral("0"));
    EXPECT_EQ(NumberFormat::figure(100.0, 1), QStringLiteral("100"));
    EXPECT_EQ(NumberFormat::figure(2.675, 2), QStringLiteral("2.68")); // rounded as typed first
    EXPECT_EQ(NumberFormat::figure(4.999, 2), QStringLiteral("5"));
    EXPECT_EQ(NumberFormat::figure(-0.004, 2), QStringLiteral("0"));
    EXPECT_EQ(NumberFormat::figure(1234567.0, 0), QStringLiteral("1234567"));
}

TEST(NumberFormat, WithUnitUsesTheIndicatorsPrecision)
{
    Indicator jy01;
    jy01.unit = QStringLiteral("万人");
    jy01.precision = 2;
    EXPECT_EQ(NumberFormat::withUnit(4.615, jy01), QStringLiteral("4.62万人"));
    EXPECT_EQ(NumberFormat::withUnit(4.5, jy01), QStringLiteral("4.5万人"));
    Indicator rate;
    rate.unit = QStringLiteral("%");
    rate.precision = 1;
    EXPECT_EQ(NumberFormat::withUnit(3.25, rate), QStringLiteral("3.3%"));
    // A rate kept with two decimals prints them.
    rate.precision = 2;
    EXPECT_EQ(NumberFormat::withUnit(2.83, rate), QStringLiteral("2.83%"));
    Indicator money;
    money.unit = QStringLiteral("万元");
    money.precision = 2;
    EXPECT_EQ(NumberFormat::withUnit(260.0, money), QStringLiteral("260万元"));
    Indicator count;
    count.unit = QStringLiteral("人");
    count.precision = 0;
    EXPECT_EQ(NumberFormat::withUnit(3852.0, count), QStringLiteral("3852人"));
}

TEST(NumberFormat, CompletionHasOneDecimalUnlessWhole)
{
    EXPECT_EQ(NumberFormat::percent(93.61), QStringLiteral("93.6%"));
    EXPECT_EQ(NumberFormat::percent(100.0), QStringLiteral("100%"));
    EXPECT_EQ(NumberFormat::percent(99.95), QStringLiteral("100%"));
    EXPECT_EQ(NumberFormat::percent(112.0), QStringLiteral("112%"));
    EXPECT_EQ(NumberFormat::percent(112.04), QStringLiteral("112%"));
    EXPECT_EQ(NumberFormat::percent(109.17), QStringLiteral("109.2%"));
}

TEST(NumberFormat, PointsKeepThePrecisionOfTheFiguresCompared)
{
    EXPECT_EQ(NumberFormat::points(-0.63), QStringLiteral("0.6个百分点"));
    EXPECT_EQ(NumberFormat::points(0.63, 2), QStringLiteral("0.63个百分点"));
    EXPECT_EQ(NumberFormat::points(0.25, 2), QStringLiteral("0.25个百分点"));
    EXPECT_EQ(NumberFormat::points(0.5), QStringLiteral("0.5个百分点"));
    EXPECT_EQ(NumberFormat::points(2.0), QStringLiteral("2个百分点"));
}

TEST(NumberFormat, TheDifferenceIsThatOfThePrintedFigures)
{
    // 3.75% against a 3.5% ceiling: 0.25 points, not 0.3.
    EXPECT_DOUBLE_EQ(NumberFormat::printedDifference(3.75, 3.5, 2), 0.25);
    EXPECT_EQ(NumberFormat::points(NumberFormat::printedDifference(3.75, 3.5, 2), 2), QStringLiteral("0.25个百分点"));
    // At one decimal the figures print as 3.8 and 3.5: the sentence says 0.3.
    EXPECT_DOUBLE_EQ(NumberFormat::printedDifference(3.75, 3.5, 1), 0.3);
    // 67.94 prints as 67.9 against 60: 7.9, and never 7.94.
    EXPECT_DOUBLE_EQ(NumberFormat::printedDifference(67.94, 60.0, 1), 7.9);
    EXPECT_DOUBLE_EQ(NumberFormat::printedDifference(97.5, 98.0, 1), -0.5);
}
