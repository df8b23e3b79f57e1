#pragma once

#include "sampledata.h"
#include "testsupport.h"

#include "storage/userrepository.h"

#include <gtest/gtest.h>

namespace zhibiao::test {

// The sample bureau with one user of each role: 管理员 (admin), 李局长 (leader), 张三 (staff).
class AdminFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SampleData::install(m_temp.db());
        const UserRepository users(m_temp.db());
        users.save(User{admin(), Role::Admin, {}}, TempDatabase::admin());
        users.save(User{leader(), Role::Leader, {}}, TempDatabase::admin());
        users.save(User{staff(), Role::Staff, QStringLiteral("D01")}, TempDatabase::admin());
    }
    const Database &db() const { return m_temp.db(); }
    static QString admin() { return QStringLiteral("管理员"); }
    static QString leader() { return QStringLiteral("李局长"); }
    static QString staff() { return QStringLiteral("张三"); }

    TempDatabase m_temp;
};

} // namespace zhibiao::test
