#include "testsupport.h"

#include "cli/cliapp.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// The submission workflow through the command line, as a county's staff and a leader
// would use it on the demo bureau (2019 Q3: D01 submitted, D04 open).
class CliWorkflow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("bureau.zhibiao"));
        m_csv = m_dir.filePath(QStringLiteral("q3.csv"));
        ASSERT_EQ(run(QStringLiteral("admin"), {QStringLiteral("init"), QStringLiteral("--demo")}), 0) << m_err.toStdString();
    }

    int run(const QString &user, const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        return CliApp(out, err).run(QStringList{QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), m_db,
                                                QStringLiteral("--user"), user} + arguments);
    }

    int importFigure(const QString &user, const QString &orgUnit, const QString &value)
    {
        writeFile(m_csv, QStringLiteral("code,org_unit,year,quarter,value,note\nJY01,%1,2019,3,%2,\n")
                             .arg(orgUnit, value).toUtf8());
        return run(user, {QStringLiteral("import"), QStringLiteral("figures"), m_csv});
    }

    int act(const QString &user, const QString &action, const QString &orgUnit, const QString &reason = {})
    {
        QStringList arguments{action, QStringLiteral("--org-unit"), orgUnit, QStringLiteral("--year"),
                              QStringLiteral("2019"), QStringLiteral("--quarter"), QStringLiteral("3")};
        if (!reason.isEmpty())
            arguments << QStringLiteral("--reason") << reason;
        return run(user, arguments);
    }

    QByteArray databaseBytes()
    {
        // The figure lives in the WAL until a checkpoint: compare the rows through the CLI.
        run(QStringLiteral("admin"), {QStringLiteral("export"), QStringLiteral("figures"), QStringLiteral("-"),
                                      QStringLiteral("--year"), QStringLiteral("2019")});
        return m_out.toUtf8();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv;
    QString m_out;
    QString m_err;
};

} // namespace

TEST_F(CliWorkflow, AnImportIntoASubmittedQuarterIsRefusedWhole)
{
    const QByteArray before = databaseBytes();
    EXPECT_EQ(importFigure(QStringLiteral("staff"), QStringLiteral("D01"), QStringLiteral("9.99")), 2);
    EXPECT_TRUE(m_err.contains(QStringLiteral("D01"))) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains(QStringLiteral("leader"))) << m_err.toStdString();
    EXPECT_EQ(databaseBytes(), before);
}

TEST_F(CliWorkflow, AnOpenQuarterTakesTheImport)
{
    EXPECT_EQ(importFigure(QStringLiteral("staff"), QStringLiteral("D04"), QStringLiteral("0.77")), 0) << m_err.toStdString();
}

TEST_F(CliWorkflow, ALeaderReturnsWithAReasonAndStaffCanCorrect)
{
    EXPECT_EQ(act(QStringLiteral("leader"), QStringLiteral("return"), QStringLiteral("D01")), 1);
    EXPECT_EQ(act(QStringLiteral("leader"), QStringLiteral("return"), QStringLiteral("D01"),
                  QStringLiteral("JY01 double counted")), 0) << m_err.toStdString();
    EXPECT_TRUE(m_out.contains(QStringLiteral("returned")));
    EXPECT_EQ(importFigure(QStringLiteral("staff"), QStringLiteral("D01"), QStringLiteral("9.99")), 0) << m_err.toStdString();
    EXPECT_EQ(act(QStringLiteral("staff"), QStringLiteral("submit"), QStringLiteral("D01")), 0);
    EXPECT_EQ(act(QStringLiteral("leader"), QStringLiteral("approve"), QStringLiteral("D01")), 0);
    EXPECT_EQ(importFigure(QStringLiteral("staff"), QStringLiteral("D01"), QStringLiteral("1.11")), 2);
    EXPECT_EQ(importFigure(QStringLiteral("leader"), QStringLiteral("D01"), QStringLiteral("1.11")), 0) << m_err.toStdString();
}

TEST_F(CliWorkflow, StaffCannotApprove)
{
    EXPECT_EQ(act(QStringLiteral("staff"), QStringLiteral("approve"), QStringLiteral("D01")), 2);
    EXPECT_TRUE(m_err.contains(QStringLiteral("leader"))) << m_err.toStdString();
}

TEST_F(CliWorkflow, ActionsNeedTheQuarterNamed)
{
    EXPECT_EQ(run(QStringLiteral("staff"), {QStringLiteral("submit"), QStringLiteral("--org-unit"),
                                            QStringLiteral("D04"), QStringLiteral("--year"), QStringLiteral("2019")}),
              1);
}
