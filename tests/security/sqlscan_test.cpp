#include "sqlscanner.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <set>

using namespace zhibiao::test;

namespace {

std::set<int> linesOf(const QList<SqlScanner::Finding> &findings)
{
    std::set<int> lines;
    for (const auto &f : findings)
        lines.insert(f.line);
    return lines;
}

std::set<int> markedLines(const QString &text, const QString &mark)
{
    std::set<int> lines;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).contains(mark))
            lines.insert(static_cast<int>(i + 1));
    }
    return lines;
}

QString describe(const QList<SqlScanner::Finding> &findings)
{
    QStringList lines;
    for (const auto &f : findings)
        lines << f.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The scanner must catch each way of building SQL from data in the fixture, and only those.
TEST(SqlScan, CatchesEveryInjectedStatementOfTheFixture)
{
    const QString path = sourcePath(QStringLiteral("tests/security/fixtures/unsafe.cpp.fixture"));
    const QString text = QString::fromUtf8(readFile(path));
    const std::set<int> expected = markedLines(text, QStringLiteral("// INJECTED"));
    ASSERT_EQ(expected.size(), 7u);
    const QList<SqlScanner::Finding> findings = SqlScanner().scanText(path, text);
    EXPECT_EQ(linesOf(findings), expected) << describe(findings).toStdString();
}

TEST(SqlScan, AcceptsConstantsJoinedConstantsAndBoundValues)
{
    const QString path = sourcePath(QStringLiteral("tests/security/fixtures/safe.cpp.fixture"));
    const QList<SqlScanner::Finding> findings = SqlScanner().scanText(path, QString::fromUtf8(readFile(path)));
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}

TEST(SqlScan, AnAllowedPlaceIsSkippedOnlyInItsFile)
{
    const QString code = QStringLiteral(
        "Statement s(db, QStringLiteral(\"SELECT * FROM t LIMIT %1\").arg(limit));\n");
    const SqlScanner scanner({{QStringLiteral("pager.cpp"), QStringLiteral("LIMIT %1")}});
    EXPECT_TRUE(scanner.scanText(QStringLiteral("src/storage/pager.cpp"), code).isEmpty());
    EXPECT_EQ(scanner.scanText(QStringLiteral("src/storage/other.cpp"), code).size(), 1);
}

TEST(SqlScan, CommentsAndMessagesAreNotSql)
{
    const QString code = QStringLiteral(
        "// SELECT value FROM figures WHERE code = ' + code + '\n"
        "/* Statement s(db, \"DELETE FROM x\" + name); */\n"
        "log(tr(\"Select %1 figures\").arg(count));\n");
    EXPECT_TRUE(SqlScanner().scanText(QStringLiteral("x.cpp"), code).isEmpty());
}

// The program itself: every SQL statement in src/ is constant text with bound values.
TEST(SqlScan, SourceTreeBuildsNoSqlFromData)
{
    int files = 0;
    const QList<SqlScanner::Finding> findings
        = SqlScanner().scanFolder(sourcePath(QStringLiteral("src")), &files);
    EXPECT_GT(files, 100);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}
