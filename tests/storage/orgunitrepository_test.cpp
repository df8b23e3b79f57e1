#include "sampledata.h"
#include "testsupport.h"

#include "storage/orgunitrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

TEST(OrgUnitRepository, RoundTripAsATree)
{
    TempDatabase temp;
    const OrgUnitRepository repository(temp.db());
    EXPECT_TRUE(repository.tree().isEmpty());
    EXPECT_EQ(repository.upsert(SampleData::orgUnits(), TempDatabase::admin()), (UpsertCounts{3, 0, 0}));

    const OrgTree tree = repository.tree();
    EXPECT_EQ(tree.units(), SampleData::orgUnits());
    ASSERT_TRUE(tree.root());
    EXPECT_EQ(tree.root()->code, QStringLiteral("CITY"));
    EXPECT_TRUE(tree.root()->parentCode.isEmpty());
    const QList<OrgUnit> counties = tree.children(QStringLiteral("CITY"));
    ASSERT_EQ(counties.size(), 2);
    EXPECT_EQ(counties[1].name, QStringLiteral("鹭洲区"));
}

TEST(OrgUnitRepository, UpsertCountsAndIdempotence)
{
    TempDatabase temp;
    const OrgUnitRepository repository(temp.db());
    QList<OrgUnit> units = SampleData::orgUnits();
    repository.upsert(units, TempDatabase::admin());
    EXPECT_EQ(repository.upsert(units, TempDatabase::admin()), (UpsertCounts{0, 0, 3}));

    units[2].name = QStringLiteral("鹭洲新区");
    units << OrgUnit{QStringLiteral("D03"), QStringLiteral("桐溪县"), QStringLiteral("CITY"), 40};
    EXPECT_EQ(repository.upsert(units, TempDatabase::admin()), (UpsertCounts{1, 1, 2}));
    EXPECT_EQ(repository.tree().find(QStringLiteral("D02"))->name, QStringLiteral("鹭洲新区"));
    EXPECT_EQ(repository.tree().units().size(), 4);
}
