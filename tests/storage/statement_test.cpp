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

TEST(Statement, TheFirstColumnOfTheRowsLeftComesAsOneList)
{
    TempDatabase temp;
    const QSqlDatabase db = temp.db().connection();
    Statement(db, QStringLiteral("CREATE TEMP TABLE t (n INTEGER, s TEXT)")).exec();
    for (const auto &[n, s] : {std::pair{3, "三"}, std::pair{1, "一"}, std::pair{2, "二"}})
        Statement(db, QStringLiteral("INSERT INTO t VALUES (?, ?)")).bind(n).bind(QString::fromUtf8(s)).exec();

    EXPECT_EQ(Statement(db, QStringLiteral("SELECT n FROM t ORDER BY n")).exec().firstColumnInts(),
              (QList<int>{1, 2, 3}));
    EXPECT_EQ(Statement(db, QStringLiteral("SELECT s, n FROM t ORDER BY n")).exec().firstColumnTexts(),
              (QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}));
    // After one row was read, only the rows left.
    Statement rest(db, QStringLiteral("SELECT n FROM t ORDER BY n DESC"));
    rest.exec();
    ASSERT_TRUE(rest.next());
    EXPECT_EQ(rest.firstColumnInts(), (QList<int>{2, 1}));
    EXPECT_TRUE(Statement(db, QStringLiteral("SELECT n FROM t WHERE n > 9")).exec().firstColumnTexts().isEmpty());
}
