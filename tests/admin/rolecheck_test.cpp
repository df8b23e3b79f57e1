#include "adminfixture.h"

#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"
#include "storage/userrepository.h"

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
    EXPECT_THROW(targets.upsert({target}, staff()), StorageError);
    EXPECT_THROW(targets.upsert({target}, QStringLiteral("陌生人")), StorageError);
    EXPECT_TRUE(targets.targets(2020).isEmpty());
    EXPECT_EQ(AuditRepository(db()).count(), 0);

    EXPECT_EQ(targets.upsert({target}, leader()), (UpsertCounts{1, 0, 0}));
    EXPECT_EQ(targets.upsert({Target{target.indicatorCode, target.orgUnitCode, 2020, 5.5}}, admin(),
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

TEST_F(RoleCheckTest, NoPathSkipsTheCheck)
{
    // There is no unchecked form left: the repositories themselves refuse, whoever calls.
    const TargetRepository targets(db());
    EXPECT_THROW(targets.upsert({Target{QStringLiteral("F01"), QStringLiteral("CITY"), 2020, 5.0}}, staff()),
                 StorageError);
    EXPECT_THROW(CatalogueRepository(db()).upsert({renamed()}, staff()), StorageError);
    EXPECT_THROW(OrgUnitRepository(db()).upsert({OrgUnit{QStringLiteral("D09"), QStringLiteral("新区"),
                                                         QStringLiteral("CITY"), 90}},
                                                staff()),
                 StorageError);
    EXPECT_THROW(UserRepository(db()).save(User{staff(), Role::Admin, {}}, staff()), StorageError);
    EXPECT_EQ(TargetRepository(db()).targets(2020), QList<Target>{});
    EXPECT_EQ(UserRepository(db()).knownRole(staff()), Role::Staff);
}
