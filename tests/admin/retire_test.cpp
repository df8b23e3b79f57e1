#include "adminfixture.h"

#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/targetrepository.h"

using namespace zhibiao;
using namespace zhibiao::test;

TEST_F(AdminFixture, RetiringKeepsFiguresTargetsAndAudit)
{
    const CatalogueRepository catalogue(db());
    const FigureRepository figures(db());
    const TargetRepository targets(db());
    targets.upsert({Target{QStringLiteral("R01"), QStringLiteral("CITY"), 2019, 4.0}}, admin());
    figures.upsert({SampleData::figure("R01", "CITY", 2019, 1, 3.6), SampleData::figure("R01", "D01", 2019, 2, 3.9)},
                   staff());
    figures.upsert({SampleData::figure("R01", "CITY", 2019, 1, 3.5, QStringLiteral("更正"))}, staff());
    const QList<AuditEntry> auditBefore = AuditRepository(db()).entries(QStringLiteral("R01"));
    ASSERT_EQ(auditBefore.size(), 4);

    catalogue.setRetired(QStringLiteral("R01"), true, admin());
    EXPECT_TRUE(catalogue.find(QStringLiteral("R01"))->retired);
    EXPECT_EQ(catalogue.indicators().size(), 2);
    EXPECT_EQ(figures.find(QStringLiteral("R01"), QStringLiteral("CITY"), Period{2019, 1})->value, 3.5);
    EXPECT_EQ(figures.find(QStringLiteral("R01"), QStringLiteral("D01"), Period{2019, 2})->value, 3.9);
    EXPECT_EQ(targets.target(QStringLiteral("R01"), QStringLiteral("CITY"), 2019), 4.0);
    const QList<AuditEntry> auditAfter = AuditRepository(db()).entries(QStringLiteral("R01"));
    ASSERT_EQ(auditAfter.size(), auditBefore.size());
    EXPECT_EQ(auditAfter.last().oldValue, 3.6);
    EXPECT_EQ(auditAfter.last().newValue, 3.5);

    catalogue.setRetired(QStringLiteral("R01"), false, admin());
    EXPECT_FALSE(catalogue.find(QStringLiteral("R01"))->retired);
    EXPECT_EQ(catalogue.indicators().size(), 3);
    EXPECT_EQ(figures.figures(2019).size(), 2);
}
