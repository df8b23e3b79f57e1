#include "testsupport.h"

#include "storage/statement.h"
#include "storage/storageerror.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

TEST(Statement, ThrowsOnBadSqlAndBindsNullTextAsEmpty)
{
    TempDatabase temp;
    EXPECT_THROW(Statement(temp.db().connection(), QStringLiteral("SELEKT 1")), StorageError);
    EXPECT_THROW(Statement(temp.db().connection(), QStringLiteral("SELECT * FROM no_such_table")).exec(),
                 StorageError);

    // A null QString is an empty text, never SQL NULL (org_units.name is NOT NULL).
    Statement(temp.db().connection(), QStringLiteral("INSERT INTO org_units (code, name) VALUES (?, ?)"))
        .bind(QStringLiteral("X"))
        .bind(QString())
        .exec();
    Statement read(temp.db().connection(), QStringLiteral("SELECT name IS NULL, name FROM org_units"));
    read.exec();
    ASSERT_TRUE(read.next());
    EXPECT_FALSE(read.value(0).toBool());
    EXPECT_EQ(read.value(1).toString(), QString());
}
