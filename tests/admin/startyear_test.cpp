#include "adminfixture.h"

#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

Target target(const char *indicator, const char *orgUnit, int year, double value)
{
    return Target{QString::fromLatin1(indicator), QString::fromLatin1(orgUnit), year, value};
}

// 2019: targets for every org unit of F01 and R01, and S01 for the city only.
class StartYearTest : public AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        TargetRepository(db()).upsert({target("F01", "CITY", 2019, 4.5), target("F01", "D01", 2019, 1.5),
                                       target("F01", "D02", 2019, 2.0), target("R01", "CITY", 2019, 4.0),
                                       target("R01", "D01", 2019, 3.8), target("S01", "CITY", 2019, 900),
                                       target("F01", "CITY", 2018, 4.2)},
                                      admin());
        m_auditBefore = AuditRepository(db()).count();
    }
    int m_auditBefore = 0;
};

} // namespace

TEST_F(StartYearTest, CopiesLastYearForEveryOrgUnitWithAuditRows)
{
    const TargetRepository targets(db());
    EXPECT_EQ(targets.startYear(2020, leader()), (UpsertCounts{6, 0, 0}));
    QList<Target> expected = targets.targets(2019);
    for (Target &each : expected)
        each.year = 2020;
    EXPECT_EQ(targets.targets(2020), expected);
    EXPECT_EQ(targets.target(QStringLiteral("F01"), QStringLiteral("D02"), 2020), 2.0);
    EXPECT_EQ(targets.target(QStringLiteral("S01"), QStringLiteral("CITY"), 2020), 900.0);

    const QList<AuditEntry> audit = AuditRepository(db()).entries({}, {}, 2020);
    ASSERT_EQ(audit.size(), 6);
    for (const AuditEntry &entry : audit) {
        EXPECT_EQ(entry.userName, leader());
        EXPECT_EQ(entry.entity, QStringLiteral("target"));
        EXPECT_FALSE(entry.oldValue);
        EXPECT_TRUE(entry.note.contains(QStringLiteral("2019"))) << entry.note.toStdString();
    }
    // The copies are ordinary targets: editable afterwards.
    EXPECT_EQ(targets.upsert({target("F01", "CITY", 2020, 4.8)}, admin()), (UpsertCounts{0, 1, 0}));
}

TEST_F(StartYearTest, RetiredIndicatorsAreNotCopied)
{
    CatalogueRepository(db()).setRetired(QStringLiteral("R01"), true, admin());
    const TargetRepository targets(db());
    EXPECT_EQ(targets.startYear(2020, admin()), (UpsertCounts{4, 0, 0}));
    EXPECT_FALSE(targets.target(QStringLiteral("R01"), QStringLiteral("CITY"), 2020));
    EXPECT_FALSE(targets.target(QStringLiteral("R01"), QStringLiteral("D01"), 2020));
    EXPECT_EQ(targets.target(QStringLiteral("R01"), QStringLiteral("CITY"), 2019), 4.0);
}

TEST_F(StartYearTest, RefusedWhenTheNewYearAlreadyHasTargets)
{
    const TargetRepository targets(db());
    targets.upsert({target("F01", "D01", 2020, 1.7)}, admin());
    const int audit = AuditRepository(db()).count();
    try {
        targets.startYear(2020, admin());
        FAIL() << "a second start of 2020 was not refused";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("2020 already has 1 target"))) << e.what();
    }
    EXPECT_EQ(targets.targets(2020), (QList<Target>{target("F01", "D01", 2020, 1.7)}));
    EXPECT_EQ(AuditRepository(db()).count(), audit);
}

TEST_F(StartYearTest, RefusedForStaffAndWithoutALastYear)
{
    const TargetRepository targets(db());
    EXPECT_THROW(targets.startYear(2020, staff()), StorageError);
    EXPECT_TRUE(targets.targets(2020).isEmpty());
    // 2030 has no targets, so 2031 has nothing to start from.
    EXPECT_THROW(targets.startYear(2031, admin()), StorageError);
    EXPECT_TRUE(targets.targets(2031).isEmpty());
    EXPECT_EQ(AuditRepository(db()).count(), m_auditBefore);
}
