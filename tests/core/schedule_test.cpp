#include "core/schedule.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

std::optional<Schedule> parse(const char *text, bool *ok, QString *error = nullptr)
{
    return Schedule::parse(QString::fromUtf8(text), ok, error);
}

} // namespace

TEST(Schedule, DefaultIsLinear)
{
    const Schedule s;
    EXPECT_TRUE(s.isDefault());
    EXPECT_DOUBLE_EQ(s.expectedShare(1), 25.0);
    EXPECT_DOUBLE_EQ(s.expectedShare(2), 50.0);
    EXPECT_DOUBLE_EQ(s.expectedShare(3), 75.0);
    EXPECT_DOUBLE_EQ(s.expectedShare(4), 100.0);
    EXPECT_DOUBLE_EQ(s.expectedShare(0), 0.0);
    EXPECT_DOUBLE_EQ(s.expectedShare(5), 100.0);
    EXPECT_EQ(s.toString(), QStringLiteral("25/50/75/100"));
}

TEST(Schedule, ParsesGoodText)
{
    bool ok = false;
    const auto linear = parse("25/50/75/100", &ok);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(linear);
    EXPECT_TRUE(linear->isDefault());

    const auto seasonal = parse(" 5 / 15/70 /100 ", &ok);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(seasonal);
    EXPECT_EQ(seasonal->shares(), (std::array<double, 4>{5.0, 15.0, 70.0, 100.0}));
    EXPECT_FALSE(seasonal->isDefault());
    EXPECT_DOUBLE_EQ(seasonal->expectedShare(2), 15.0);

    const auto decimals = parse("12.5/40/40/100", &ok);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(decimals);
    EXPECT_EQ(decimals->toString(), QStringLiteral("12.5/40/40/100"));

    const auto late = parse("0/0/0/100", &ok);
    EXPECT_TRUE(ok);
    EXPECT_TRUE(late);
}

TEST(Schedule, EmptyTextMeansDefault)
{
    for (const char *text : {"", "   "}) {
        bool ok = false;
        EXPECT_FALSE(parse(text, &ok)) << text;
        EXPECT_TRUE(ok) << text;
    }
}

TEST(Schedule, RefusesBadText)
{
    for (const char *text : {"25/50/75", "25/50/75/100/100", "25,50,75,100", "a/50/75/100",
                             "25//75/100", "50/25/75/100", "-5/50/75/100", "25/50/75/90",
                             "25/50/75/101", "25/50/110/100", "25%/50%/75%/100%"}) {
        bool ok = true;
        QString error;
        EXPECT_FALSE(parse(text, &ok, &error)) << text;
        EXPECT_FALSE(ok) << text;
        EXPECT_FALSE(error.isEmpty()) << text;
    }
}

TEST(Schedule, ToStringParsesBack)
{
    const Schedule s({5.0, 15.0, 70.0, 100.0});
    EXPECT_EQ(s.toString(), QStringLiteral("5/15/70/100"));
    bool ok = false;
    EXPECT_EQ(Schedule::parse(s.toString(), &ok), s);
    EXPECT_TRUE(ok);
}
