#include "core/quarterstate.h"

#include <gtest/gtest.h>

using namespace zhibiao;

TEST(QuarterWorkflow, OpenAndReturnedQuartersAreEditableByEveryone)
{
    for (Role role : {Role::Staff, Role::Leader, Role::Admin}) {
        EXPECT_TRUE(QuarterWorkflow::figuresEditable(QuarterState::Open, role));
        EXPECT_TRUE(QuarterWorkflow::figuresEditable(QuarterState::Returned, role));
    }
}

TEST(QuarterWorkflow, SubmittedAndApprovedQuartersNeedALeader)
{
    for (QuarterState state : {QuarterState::Submitted, QuarterState::Approved}) {
        EXPECT_FALSE(QuarterWorkflow::figuresEditable(state, Role::Staff));
        EXPECT_FALSE(QuarterWorkflow::figuresEditable(state, Role::Admin));
        EXPECT_TRUE(QuarterWorkflow::figuresEditable(state, Role::Leader));
    }
}

TEST(QuarterWorkflow, StaffSubmitsALeaderApproves)
{
    QString why;
    EXPECT_EQ(QuarterWorkflow::apply(QuarterState::Open, QuarterAction::Submit, Role::Staff, {}, &why),
              QuarterState::Submitted);
    EXPECT_EQ(QuarterWorkflow::apply(QuarterState::Submitted, QuarterAction::Approve, Role::Leader, {}, &why),
              QuarterState::Approved);
}

TEST(QuarterWorkflow, StaffCannotApproveOrReturn)
{
    QString why;
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Submitted, QuarterAction::Approve, Role::Staff, {}, &why));
    EXPECT_FALSE(why.isEmpty());
    why.clear();
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Submitted, QuarterAction::Return, Role::Admin,
                                        QStringLiteral("wrong"), &why));
    EXPECT_FALSE(why.isEmpty());
}

TEST(QuarterWorkflow, ReturnNeedsAReasonAndReopens)
{
    QString why;
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Submitted, QuarterAction::Return, Role::Leader,
                                        QStringLiteral("  "), &why));
    EXPECT_EQ(QuarterWorkflow::apply(QuarterState::Approved, QuarterAction::Return, Role::Leader,
                                     QStringLiteral("JY01 Q3 double counted"), &why),
              QuarterState::Returned);
    EXPECT_TRUE(QuarterWorkflow::figuresEditable(QuarterState::Returned, Role::Staff));
    EXPECT_EQ(QuarterWorkflow::apply(QuarterState::Returned, QuarterAction::Submit, Role::Staff, {}, &why),
              QuarterState::Submitted);
}

TEST(QuarterWorkflow, NoDoubleSubmitAndNoApprovalOfAnOpenQuarter)
{
    QString why;
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Submitted, QuarterAction::Submit, Role::Staff, {}, &why));
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Approved, QuarterAction::Submit, Role::Leader, {}, &why));
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Open, QuarterAction::Approve, Role::Leader, {}, &why));
    EXPECT_FALSE(QuarterWorkflow::apply(QuarterState::Open, QuarterAction::Return, Role::Leader,
                                        QStringLiteral("x"), &why));
}
