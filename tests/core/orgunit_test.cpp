#include "core/orgunit.h"

#include <gtest/gtest.h>

using namespace zhibiao;

TEST(OrgTree, RootFirstThenBySortOrder)
{
    const OrgTree tree({{QStringLiteral("D02"), QStringLiteral("鹭洲区"), QStringLiteral("CITY"), 30},
                        {QStringLiteral("D01"), QStringLiteral("青禾区"), QStringLiteral("CITY"), 20},
                        {QStringLiteral("CITY"), QStringLiteral("全市"), QString(), 99}});
    ASSERT_TRUE(tree.root());
    EXPECT_EQ(tree.root()->code, QStringLiteral("CITY"));
    EXPECT_EQ(tree.units().first().code, QStringLiteral("CITY"));
    const QList<OrgUnit> children = tree.children(QStringLiteral("CITY"));
    ASSERT_EQ(children.size(), 2);
    EXPECT_EQ(children[0].code, QStringLiteral("D01"));
    EXPECT_EQ(children[1].code, QStringLiteral("D02"));
    EXPECT_EQ(tree.find(QStringLiteral("D02"))->name, QStringLiteral("鹭洲区"));
    EXPECT_EQ(tree.find(QStringLiteral("X")), nullptr);
    EXPECT_EQ(OrgTree().root(), nullptr);
}
