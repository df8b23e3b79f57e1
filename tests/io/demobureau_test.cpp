#include "testsupport.h"

#include "io/demobureau.h"
#include "storage/cataloguerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/userrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

TEST(DemoBureau, EmbeddedFilesAreTheShippedOnes)
{
    for (InterchangeKind kind : {InterchangeKind::Indicators, InterchangeKind::OrgUnits,
                                 InterchangeKind::Targets, InterchangeKind::Figures}) {
        const QByteArray embedded = DemoBureau::file(kind);
        EXPECT_FALSE(embedded.isEmpty());
        EXPECT_EQ(embedded, readFile(sourcePath(QStringLiteral("resources/demo/%1.csv").arg(Interchange::name(kind)))));
    }
}

TEST(DemoBureau, InstallsEverythingAndIsIdempotent)
{
    TempDatabase temp;
    const ImportResult first = DemoBureau::install(temp.db());
    ASSERT_TRUE(first.ok()) << first.errors.first().toString().toStdString();
    // 5 org units + 45 indicators + 232 targets + 1702 figures: the shipped files' data lines.
    EXPECT_EQ(first.rows, 5 + 45 + 232 + 1702);
    EXPECT_EQ(first.counts.inserted, first.rows);
    EXPECT_EQ(CatalogueRepository(temp.db()).indicators().size(), 45);
    const OrgTree tree = OrgUnitRepository(temp.db()).tree();
    EXPECT_EQ(tree.units().size(), 5);
    EXPECT_EQ(tree.root()->code, QStringLiteral("CITY"));
    EXPECT_EQ(tree.children(QStringLiteral("CITY")).size(), 4);
    const UserRepository users(temp.db());
    EXPECT_EQ(users.find(QStringLiteral("staff"))->role, Role::Staff);
    EXPECT_EQ(users.find(QStringLiteral("leader"))->role, Role::Leader);
    EXPECT_EQ(users.find(QStringLiteral("admin"))->role, Role::Admin);

    const ImportResult second = DemoBureau::install(temp.db());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.counts.changed(), 0);
    EXPECT_EQ(second.counts.unchanged, first.rows);
}
