#include "testsupport.h"

#include "storage/userrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

TEST(UserRepository, SaveFindAndUpdateByName)
{
    TempDatabase temp;
    const UserRepository users(temp.db());
    EXPECT_TRUE(users.users().isEmpty());
    const User staff{QStringLiteral("王芳"), Role::Staff, QStringLiteral("D01")};
    const User leader{QStringLiteral("leader"), Role::Leader, QString()};
    users.save(staff);
    users.save(leader);
    EXPECT_EQ(users.users(), (QList<User>{staff, leader}));
    EXPECT_EQ(users.find(QStringLiteral("王芳")), staff);
    EXPECT_FALSE(users.find(QStringLiteral("nobody")));

    const User promoted{QStringLiteral("王芳"), Role::Admin, QString()};
    users.save(promoted);
    EXPECT_EQ(users.users().size(), 2);
    EXPECT_EQ(users.find(QStringLiteral("王芳")), promoted);

    temp.reopen();
    EXPECT_EQ(UserRepository(temp.db()).find(QStringLiteral("王芳")), promoted);
}
