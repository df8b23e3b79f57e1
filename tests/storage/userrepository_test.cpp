#include "testsupport.h"

#include "storage/changelog.h"
#include "storage/profilerepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

TEST(UserRepository, SaveFindAndUpdateByName)
{
    TempDatabase temp;
    const UserRepository users(temp.db());
    const User admin{TempDatabase::admin(), Role::Admin, QString()};
    EXPECT_EQ(users.users(), QList<User>{admin}); // a new bureau's first user
    const User staff{QStringLiteral("王芳"), Role::Staff, QStringLiteral("D01")};
    const User leader{QStringLiteral("leader"), Role::Leader, QString()};
    users.save(staff, admin.name);
    users.save(leader, admin.name);
    EXPECT_EQ(users.users(), (QList<User>{admin, staff, leader}));
    EXPECT_EQ(users.find(QStringLiteral("王芳")), staff);
    EXPECT_FALSE(users.find(QStringLiteral("nobody")));

    const User promoted{QStringLiteral("王芳"), Role::Admin, QString()};
    users.save(promoted, admin.name);
    EXPECT_EQ(users.users().size(), 3);
    EXPECT_EQ(users.find(QStringLiteral("王芳")), promoted);

    temp.reopen();
    EXPECT_EQ(UserRepository(temp.db()).find(QStringLiteral("王芳")), promoted);
}

TEST(UserRepository, AnUnknownOrEmptyNameIsRefusedAndTheUsersAreNamed)
{
    TempDatabase temp;
    const UserRepository users(temp.db());
    users.save(User{QStringLiteral("staff"), Role::Staff, {}}, TempDatabase::admin());
    for (const QString &name : {QStringLiteral("ghost"), QString(), QStringLiteral("  ")}) {
        try {
            users.roleOf(name);
            ADD_FAILURE() << "no refusal for '" << name.toStdString() << "'";
        } catch (const StorageError &e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::UnknownUser);
            EXPECT_TRUE(e.message().contains(QStringLiteral("admin, staff"))) << e.message().toStdString();
        }
    }
    EXPECT_EQ(users.roleOf(QStringLiteral("staff")), Role::Staff);
    EXPECT_FALSE(users.knownRole(QStringLiteral("ghost")));
}

TEST(UserRepository, OnlyAnAdministratorChangesUsersAndEachChangeIsLogged)
{
    TempDatabase temp;
    const UserRepository users(temp.db());
    users.save(User{QStringLiteral("staff"), Role::Staff, {}}, TempDatabase::admin());
    EXPECT_THROW(users.save(User{QStringLiteral("staff"), Role::Admin, {}}, QStringLiteral("staff")), StorageError);
    EXPECT_THROW(users.save(User{QStringLiteral("x"), Role::Admin, {}}, QStringLiteral("ghost")), StorageError);
    EXPECT_THROW(users.createFirstAdmin(QStringLiteral("intruder")), StorageError);
    EXPECT_THROW(users.save(User{QStringLiteral("a\x1b[31mb"), Role::Staff, {}}, TempDatabase::admin()),
                 StorageError);
    EXPECT_EQ(users.knownRole(QStringLiteral("staff")), Role::Staff);
    EXPECT_EQ(users.users().size(), 2);

    const QList<ChangeEntry> log = ChangeLog(temp.db()).entries(QStringLiteral("user"));
    ASSERT_EQ(log.size(), 2); // the first admin, then staff
    EXPECT_EQ(log.at(1).key, QStringLiteral("staff"));
    EXPECT_EQ(log.at(1).userName, TempDatabase::admin());
    EXPECT_TRUE(log.at(1).oldValue.isEmpty());
    EXPECT_EQ(log.at(1).newValue.value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
}

TEST(ProfileRepository, OnlyAnAdministratorRenamesTheBureauAndTheChangeIsLogged)
{
    TempDatabase temp;
    UserRepository(temp.db()).save(User{QStringLiteral("staff"), Role::Staff, {}}, TempDatabase::admin());
    const ProfileRepository profiles(temp.db());
    const BureauProfile renamed{QStringLiteral("松柏市"), QStringLiteral("人社局")};
    EXPECT_THROW(profiles.save(renamed, QStringLiteral("staff")), StorageError);
    EXPECT_THROW(profiles.save(BureauProfile{QStringLiteral("松\x07柏市"), {}}, TempDatabase::admin()), StorageError);
    EXPECT_EQ(profiles.profile(), BureauProfile{});
    profiles.save(renamed, TempDatabase::admin());
    EXPECT_EQ(profiles.profile(), renamed);
    const QList<ChangeEntry> log = ChangeLog(temp.db()).entries(QStringLiteral("profile"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().newValue.value(QStringLiteral("city")).toString(), QStringLiteral("松柏市"));
    EXPECT_EQ(log.first().oldValue.value(QStringLiteral("city")).toString(), QString());
}

