#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <gtest/gtest.h>

using namespace zhibiao;

TEST(Migrations, SplitsAtTopLevelSemicolonsAndKeepsTriggerBodiesWhole)
{
    const QString script = QStringLiteral(
        "-- a comment before anything\n"
        "\n"
        "CREATE TABLE a (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    note TEXT NOT NULL DEFAULT ';'\n"
        ");\n"
        "\n"
        "-- the log is append-only\n"
        "CREATE TRIGGER a_no_delete BEFORE DELETE ON a\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\n"
        "    SELECT 1;\n"
        "END;\n"
        "CREATE INDEX a_note ON a (note);\n"
        "INSERT INTO a (note) VALUES ('last, without a semicolon')\n");
    const QStringList statements = Migrations::splitStatements(script);
    ASSERT_EQ(statements.size(), 4) << statements.join(QStringLiteral("\n|\n")).toStdString();
    EXPECT_TRUE(statements[0].startsWith(QStringLiteral("CREATE TABLE a (")));
    EXPECT_TRUE(statements[0].endsWith(QStringLiteral(");")));
    EXPECT_TRUE(statements[0].contains(QStringLiteral("DEFAULT ';'")));
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE TRIGGER a_no_delete")));
    EXPECT_TRUE(statements[1].contains(QStringLiteral("SELECT RAISE(ABORT, 'no');")));
    EXPECT_TRUE(statements[1].contains(QStringLiteral("SELECT 1;")));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("END;")));
    EXPECT_EQ(statements[2], QStringLiteral("CREATE INDEX a_note ON a (note);"));
    EXPECT_EQ(statements[3], QStringLiteral("INSERT INTO a (note) VALUES ('last, without a semicolon')"));
}

TEST(Migrations, CommentsAndBlankLinesAloneGiveNothing)
{
    EXPECT_TRUE(Migrations::splitStatements(QStringLiteral("-- only\n\n-- comments\n")).isEmpty());
    EXPECT_TRUE(Migrations::splitStatements(QString()).isEmpty());
}

TEST(Migrations, CrlfScriptsSplitTheSameWay)
{
    const QStringList statements =
        Migrations::splitStatements(QStringLiteral("CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n"));
    ASSERT_EQ(statements.size(), 2);
    EXPECT_EQ(statements[1], QStringLiteral("CREATE TABLE b (y);"));
}

TEST(Migrations, ShippedStepsAreNumberedFromOne)
{
    const int latest = Migrations::latestVersion();
    ASSERT_GE(latest, 1);
    for (int version = 1; version <= latest; ++version)
        EXPECT_FALSE(Migrations::statements(version).isEmpty()) << "step " << version;
    EXPECT_THROW(Migrations::statements(0), StorageError);
    EXPECT_THROW(Migrations::statements(latest + 1), StorageError);
}

TEST(Migrations, FirstStepCreatesTheMetaTableAndTheAppendOnlyAuditLog)
{
    const QStringList statements = Migrations::statements(1);
    EXPECT_TRUE(statements.first().startsWith(QStringLiteral("CREATE TABLE meta")));
    int triggers = 0;
    for (const QString &sql : statements) {
        EXPECT_FALSE(sql.startsWith(QStringLiteral("--")));
        if (sql.startsWith(QStringLiteral("CREATE TRIGGER"))) {
            ++triggers;
            EXPECT_TRUE(sql.contains(QStringLiteral("RAISE(ABORT")));
            EXPECT_TRUE(sql.endsWith(QStringLiteral("END;")));
        }
    }
    EXPECT_EQ(triggers, 2);
}
