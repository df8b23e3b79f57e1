#include "core/user.h"

#include <gtest/gtest.h>

using namespace zhibiao;

TEST(User, RoleNamesRoundTrip)
{
    for (Role role : {Role::Staff, Role::Leader, Role::Admin})
        EXPECT_EQ(roleFromString(toString(role)), role);
    EXPECT_FALSE(roleFromString(QStringLiteral("boss")));
}
