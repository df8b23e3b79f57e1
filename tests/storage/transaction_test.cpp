#include "sampledata.h"
#include "testsupport.h"

#include "storage/orgunitrepository.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

int orgUnitCount(const Database &db)
{
    Statement count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM org_units"));
    count.exec();
    return count.next() ? count.value(0).toInt() : -1;
}

void insertOrgUnit(const Database &db, const QString &code)
{
    Statement(db.connection(), QStringLiteral("INSERT INTO org_units (code, name) VALUES (?, ?)"))
        .bind(code)
        .bind(code)
        .exec();
}

} // namespace

TEST(Transaction, RollsBackUnlessCommitted)
{
    TempDatabase temp;
    {
        Transaction transaction(temp.db());
        insertOrgUnit(temp.db(), QStringLiteral("A"));
        EXPECT_EQ(orgUnitCount(temp.db()), 1);
    }
    EXPECT_EQ(orgUnitCount(temp.db()), 0);
    {
        Transaction transaction(temp.db());
        insertOrgUnit(temp.db(), QStringLiteral("B"));
        transaction.commit();
    }
    EXPECT_EQ(orgUnitCount(temp.db()), 1);
    temp.reopen();
    EXPECT_EQ(orgUnitCount(temp.db()), 1);
}

TEST(Transaction, RollsBackWhenAnExceptionLeavesTheScope)
{
    TempDatabase temp;
    EXPECT_THROW(
        {
            Transaction transaction(temp.db());
            insertOrgUnit(temp.db(), QStringLiteral("A"));
            insertOrgUnit(temp.db(), QStringLiteral("A")); // code is UNIQUE
            transaction.commit();
        },
        StorageError);
    EXPECT_EQ(orgUnitCount(temp.db()), 0);
}
