#include "core/numberinput.h"

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(NumberInputTest, AcceptsPlainDecimalNumbers)
{
    EXPECT_DOUBLE_EQ(*parseNumberInput(QStringLiteral("1.5")).value, 1.5);
    EXPECT_DOUBLE_EQ(*parseNumberInput(QStringLiteral(" 1.5 ")).value, 1.5);
    EXPECT_DOUBLE_EQ(*parseNumberInput(QStringLiteral("-0.3")).value, -0.3);
    EXPECT_DOUBLE_EQ(*parseNumberInput(QStringLiteral("12")).value, 12.0);
    EXPECT_DOUBLE_EQ(*parseNumberInput(QStringLiteral("0")).value, 0.0);
}

TEST(NumberInputTest, RefusesWhatIsNotOneNumberAndSaysWhy)
{
    const NumberInput twoPoints = parseNumberInput(QStringLiteral("1.2.3"));
    EXPECT_EQ(twoPoints.error, NumberInputError::SecondDecimalPoint);
    EXPECT_EQ(twoPoints.position, 3);
    EXPECT_FALSE(twoPoints.value);

    const NumberInput letter = parseNumberInput(QStringLiteral("12a"));
    EXPECT_EQ(letter.error, NumberInputError::NotANumber);
    EXPECT_EQ(letter.position, 2);

    EXPECT_EQ(parseNumberInput(QStringLiteral("1,234")).error, NumberInputError::Grouping);
    EXPECT_EQ(parseNumberInput(QStringLiteral("")).error, NumberInputError::Empty);
    EXPECT_EQ(parseNumberInput(QStringLiteral("  ")).error, NumberInputError::Empty);
    EXPECT_EQ(parseNumberInput(QStringLiteral("-")).error, NumberInputError::NotANumber);
    EXPECT_EQ(parseNumberInput(QStringLiteral("1.")).error, NumberInputError::NotANumber);
    EXPECT_EQ(parseNumberInput(QStringLiteral("1-2")).error, NumberInputError::NotANumber);
    EXPECT_EQ(parseNumberInput(QStringLiteral("１２")).error, NumberInputError::NotANumber); // full width
    EXPECT_EQ(parseNumberInput(QStringLiteral("1e5")).error, NumberInputError::NotANumber);
}

TEST(NumberInputTest, KeepsToThePrecision)
{
    EXPECT_TRUE(parseNumberInput(QStringLiteral("1.25"), 2).ok());
    EXPECT_EQ(parseNumberInput(QStringLiteral("1.255"), 2).error, NumberInputError::TooManyDecimals);
    EXPECT_EQ(parseNumberInput(QStringLiteral("3.5"), 0).error, NumberInputError::TooManyDecimals);
    EXPECT_TRUE(parseNumberInput(QStringLiteral("35"), 0).ok());
}

TEST(NumberInputTest, PartialInputWhileTyping)
{
    EXPECT_EQ(checkPartialNumberInput(QString()), NumberInputError::None);
    EXPECT_EQ(checkPartialNumberInput(QStringLiteral("-")), NumberInputError::None);
    EXPECT_EQ(checkPartialNumberInput(QStringLiteral("1.")), NumberInputError::None);
    EXPECT_EQ(checkPartialNumberInput(QStringLiteral("1.2.")), NumberInputError::SecondDecimalPoint);
    EXPECT_EQ(checkPartialNumberInput(QStringLiteral("1x")), NumberInputError::NotANumber);
    EXPECT_EQ(checkPartialNumberInput(QStringLiteral("1.23"), 1), NumberInputError::TooManyDecimals);
}

TEST(NumberInputTest, EveryRefusalHasAMessage)
{
    for (const auto error : {NumberInputError::Empty, NumberInputError::NotANumber,
                             NumberInputError::SecondDecimalPoint, NumberInputError::Grouping,
                             NumberInputError::TooManyDecimals})
        EXPECT_FALSE(numberInputMessage(error, 2).isEmpty());
    EXPECT_TRUE(numberInputMessage(NumberInputError::None).isEmpty());
    EXPECT_TRUE(numberInputMessage(NumberInputError::TooManyDecimals, 2).contains(QLatin1Char('2')));
}

} // namespace
} // namespace zhibiao
