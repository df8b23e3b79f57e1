#include "sampledata.h"
#include "testsupport.h"

#include "storage/auditrepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

Target target(const char *indicator, const char *orgUnit, int year, double value)
{
    return Target{QString::fromLatin1(indicator), QString::fromLatin1(orgUnit), year, value};
}

} // namespace

TEST(TargetRepository, RoundTripAndLookup)
{
    TempDatabase temp;
    SampleData::install(temp.db());
    const TargetRepository targets(temp.db());
    const QList<Target> written{target("R01", "CITY", 2019, 4.0), target("F01", "D01", 2019, 1.2),
                                target("F01", "CITY", 2019, 4.5), target("F01", "CITY", 2018, 4.2)};
    EXPECT_EQ(targets.upsert(written, QStringLiteral("admin")), (UpsertCounts{4, 0, 0}));
    EXPECT_EQ(targets.targets(2019), (QList<Target>{written[2], written[0], written[1]}));
    EXPECT_EQ(targets.targets(2018), (QList<Target>{written[3]}));
    EXPECT_EQ(targets.targets().size(), 4);
    EXPECT_EQ(targets.target(QStringLiteral("F01"), QStringLiteral("CITY"), 2019), 4.5);
    EXPECT_FALSE(targets.target(QStringLiteral("S01"), QStringLiteral("CITY"), 2019));
}

TEST(TargetRepository, ChangesAreAuditedOnceAndUnchangedRowsNever)
{
    TempDatabase temp;
    SampleData::install(temp.db());
    const TargetRepository targets(temp.db());
    const AuditRepository audit(temp.db());
    targets.upsert({target("F01", "CITY", 2019, 4.5), target("R01", "CITY", 2019, 4.0)}, QStringLiteral("admin"),
                   QStringLiteral("年初目标"));
    EXPECT_EQ(audit.count(), 2);

    EXPECT_EQ(targets.upsert({target("F01", "CITY", 2019, 4.8), target("R01", "CITY", 2019, 4.0)},
                             QStringLiteral("leader"), QStringLiteral("年中调整")),
              (UpsertCounts{0, 1, 1}));
    const QList<AuditEntry> log = audit.entries(QStringLiteral("F01"));
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].entity, QStringLiteral("target"));
    EXPECT_EQ(log[1].userName, QStringLiteral("leader"));
    EXPECT_EQ(log[1].quarter, 0);
    EXPECT_EQ(log[1].oldValue, 4.5);
    EXPECT_EQ(log[1].newValue, 4.8);
    EXPECT_EQ(log[1].note, QStringLiteral("年中调整"));
    EXPECT_EQ(audit.count(), 3);
}

TEST(TargetRepository, AFailingBatchChangesNothing)
{
    TempDatabase temp;
    SampleData::install(temp.db());
    const TargetRepository targets(temp.db());
    targets.upsert({target("F01", "CITY", 2019, 4.5)}, QStringLiteral("admin"));
    const QList<Target> before = targets.targets();
    const int auditBefore = AuditRepository(temp.db()).count();
    EXPECT_THROW(targets.upsert({target("F01", "CITY", 2019, 9.0), target("F01", "D02", 2019, 1.0),
                                 target("NOPE", "CITY", 2019, 1.0)},
                                QStringLiteral("admin")),
                 StorageError);
    EXPECT_EQ(targets.targets(), before);
    EXPECT_EQ(AuditRepository(temp.db()).count(), auditBefore);
}
