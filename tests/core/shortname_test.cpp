#include "core/shortname.h"

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(ShortName, ShortNamesStayWhole)
{
    EXPECT_EQ(ShortName::abbreviate(QStringLiteral("城镇新增就业"), 8), QStringLiteral("城镇新增就业"));
    EXPECT_EQ(ShortName::abbreviate(QStringLiteral("失业率"), 3), QStringLiteral("失业率"));
}

TEST(ShortName, CommonSuffixesGoBeforeAnythingIsCut)
{
    EXPECT_EQ(ShortName::abbreviate(QStringLiteral("企业职工基本养老保险参保人数"), 10),
              QStringLiteral("企业职工基本养老保险"));
    EXPECT_EQ(ShortName::abbreviate(QStringLiteral("劳动保障监察案件结案率"), 10), QStringLiteral("劳动保障监察案件结案"));
}

TEST(ShortName, WhatIsStillTooLongIsCutAndMarked)
{
    const QString cut = ShortName::abbreviate(QStringLiteral("建档立卡贫困劳动者帮扶就业"), 8);
    EXPECT_EQ(cut, QStringLiteral("建档立卡贫困劳\u2026"));
    EXPECT_EQ(cut.size(), 8);
}

} // namespace
} // namespace zhibiao
