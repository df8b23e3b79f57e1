#include "adminfixture.h"

#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class RoleCheckTest : public AdminFixture
{
protected:
    Indicator renamed() const
    {
        Indicator indicator = *CatalogueRepository(db()).find(QStringLiteral("F01"));
        indicator.name = QStringLiteral("城镇新增就业人数");
        return indicator;
    }
};

} // namespace

TEST_F(RoleCheckTest, OnlyAnAdminChangesTheCatalogue)
{
    const CatalogueRepository catalogue(db());
    for (const QString &name : {staff(), leader(), QStringLiteral("陌生人"), QString()}) {
        EXPECT_THROW(catalogue.upsert({renamed()}, name), StorageError) << name.toStdString();
        EXPECT_THROW(catalogue.setRetired(QStringLiteral("R01"), true, name), StorageError);
    }
    EXPECT_EQ(catalogue.find(QStringLiteral("F01"))->name, QStringLiteral("城镇新增就业"));
    EXPECT_FALSE(catalogue.find(QStringLiteral("R01"))->retired);

    EXPECT_EQ(catalogue.upsert({renamed()}, admin()), (UpsertCounts{0, 1, 0}));
    catalogue.setRetired(QStringLiteral("R01"), true, admin());
    EXPECT_EQ(catalogue.find(QStringLiteral("F01"))->name, QStringLiteral("城镇新增就业人数"));
    EXPECT_TRUE(catalogue.find(QStringLiteral("R01"))->retired);
}

TEST_F(RoleCheckTest, RefusalSaysWhoMay)
{
    try {
        CatalogueRepository(db()).upsert({renamed()}, staff());
        FAIL() << "a staff member changed the catalogue";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.message().contains(staff())) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("only admin may"))) << e.what();
    }
}

TEST_F(RoleCheckTest, AdminsAndLeadersChangeTargetsStaffDoNot)
{
    const TargetRepository targets(db());
    const Target target{QStringLiteral("F01"), QStringLiteral("CITY"), 2020, 5.0};
    EXPECT_THROW(targets.upsertAs({target}, staff()), StorageError);
    EXPECT_THROW(targets.upsertAs({target}, QStringLiteral("陌生人")), StorageError);
    EXPECT_TRUE(targets.targets(2020).isEmpty());
    EXPECT_EQ(AuditRepository(db()).count(), 0);

    EXPECT_EQ(targets.upsertAs({target}, leader()), (UpsertCounts{1, 0, 0}));
    EXPECT_EQ(targets.upsertAs({Target{target.indicatorCode, target.orgUnitCode, 2020, 5.5}}, admin(),
                               QStringLiteral("revised")),
              (UpsertCounts{0, 1, 0}));
    const QList<AuditEntry> audit = AuditRepository(db()).entries(QStringLiteral("F01"));
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit[0].userName, leader());
    EXPECT_EQ(audit[1].userName, admin());
    EXPECT_EQ(audit[1].oldValue, 5.0);
    EXPECT_EQ(audit[1].newValue, 5.5);
    EXPECT_EQ(audit[1].note, QStringLiteral("revised"));
}

TEST_F(RoleCheckTest, TheTrustedImportPathStaysUnchecked)
{
    // File import and the demo install call the forms without a role check: a staff name
    // there is only what the audit log records.
    const TargetRepository targets(db());
    EXPECT_EQ(targets.upsert({Target{QStringLiteral("F01"), QStringLiteral("CITY"), 2020, 5.0}}, staff()),
              (UpsertCounts{1, 0, 0}));
    EXPECT_EQ(CatalogueRepository(db()).upsert({renamed()}), (UpsertCounts{0, 1, 0}));
}
