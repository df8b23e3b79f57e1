#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/quarterstaterepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

class QuarterLocking : public ::testing::Test
{
protected:
    void SetUp() override
    {
        OrgUnitRepository(db.db()).upsert({OrgUnit{QStringLiteral("CITY"), QStringLiteral("全市"), {}, 0},
                                           OrgUnit{QStringLiteral("D01"), QStringLiteral("一区"),
                                                   QStringLiteral("CITY"), 10}},
                                          test::TempDatabase::admin());
        Indicator jobs;
        jobs.code = QStringLiteral("JY01");
        jobs.name = QStringLiteral("城镇新增就业");
        jobs.category = QStringLiteral("就业创业");
        jobs.unit = QStringLiteral("万人");
        CatalogueRepository(db.db()).upsert({jobs}, test::TempDatabase::admin());
        const UserRepository users(db.db());
        users.save(User{QStringLiteral("staff"), Role::Staff, QStringLiteral("D01")}, test::TempDatabase::admin());
        users.save(User{QStringLiteral("leader"), Role::Leader, {}}, test::TempDatabase::admin());
        FigureRepository(db.db()).upsert({figure(1.0)}, QStringLiteral("staff"));
    }

    static Figure figure(double value)
    {
        return Figure{QStringLiteral("JY01"), QStringLiteral("D01"), Period{2019, 3}, value, {}};
    }

    QuarterStatus act(QuarterAction action, const QString &user, const QString &reason = {})
    {
        return QuarterStateRepository(db.db()).apply(QStringLiteral("D01"), Period{2019, 3}, action,
                                                     user, reason);
    }

    double storedValue() const
    {
        return FigureRepository(db.db())
            .find(QStringLiteral("JY01"), QStringLiteral("D01"), Period{2019, 3})
            ->value;
    }

    test::TempDatabase db;
};

} // namespace

TEST_F(QuarterLocking, AnUntouchedQuarterIsOpen)
{
    EXPECT_EQ(QuarterStateRepository(db.db()).status(QStringLiteral("D01"), Period{2019, 3}).state,
              QuarterState::Open);
}

TEST_F(QuarterLocking, ASubmittedQuarterRefusesStaffEditsAndKeepsTheFigure)
{
    act(QuarterAction::Submit, QStringLiteral("staff"));
    const int auditRows = AuditRepository(db.db()).count();
    EXPECT_THROW(FigureRepository(db.db()).upsert({figure(2.0)}, QStringLiteral("staff")), StorageError);
    EXPECT_DOUBLE_EQ(storedValue(), 1.0);
    EXPECT_EQ(AuditRepository(db.db()).count(), auditRows);
}

TEST_F(QuarterLocking, AnUnknownNameActsAsStaff)
{
    act(QuarterAction::Submit, QStringLiteral("staff"));
    EXPECT_THROW(FigureRepository(db.db()).upsert({figure(2.0)}, QStringLiteral("somebody")), StorageError);
    EXPECT_THROW(act(QuarterAction::Approve, QStringLiteral("somebody")), StorageError);
}

TEST_F(QuarterLocking, AnApprovedQuarterChangesOnlyForALeader)
{
    act(QuarterAction::Submit, QStringLiteral("staff"));
    act(QuarterAction::Approve, QStringLiteral("leader"));
    EXPECT_THROW(FigureRepository(db.db()).upsert({figure(2.0)}, QStringLiteral("admin")), StorageError);
    EXPECT_EQ(FigureRepository(db.db()).upsert({figure(2.0)}, QStringLiteral("leader")).updated, 1);
    EXPECT_DOUBLE_EQ(storedValue(), 2.0);
}

TEST_F(QuarterLocking, UnchangedRowsOfALockedQuarterDoNotBlockAnImport)
{
    act(QuarterAction::Submit, QStringLiteral("staff"));
    const UpsertCounts counts = FigureRepository(db.db()).upsert({figure(1.0)}, QStringLiteral("staff"));
    EXPECT_EQ(counts.unchanged, 1);
}

TEST_F(QuarterLocking, AReturnedQuarterOpensAgainWithItsReason)
{
    act(QuarterAction::Submit, QStringLiteral("staff"));
    const QuarterStatus returned = act(QuarterAction::Return, QStringLiteral("leader"), QStringLiteral("check JY01"));
    EXPECT_EQ(returned.state, QuarterState::Returned);
    EXPECT_EQ(returned.reason, QStringLiteral("check JY01"));
    EXPECT_EQ(returned.changedBy, QStringLiteral("leader"));
    EXPECT_EQ(FigureRepository(db.db()).upsert({figure(1.5)}, QStringLiteral("staff")).updated, 1);
}

TEST_F(QuarterLocking, CompletenessListsEveryOrgUnit)
{
    act(QuarterAction::Submit, QStringLiteral("staff"));
    const QList<QuarterStatus> all = QuarterStateRepository(db.db()).statuses(Period{2019, 3});
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).orgUnitCode, QStringLiteral("CITY"));
    EXPECT_EQ(all.at(0).state, QuarterState::Open);
    EXPECT_EQ(all.at(1).state, QuarterState::Submitted);
}
