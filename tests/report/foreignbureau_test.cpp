// A bureau that is not the demo, made only with the command line: its own catalogue reuses
// the demo's codes for other indicators, one rate keeps two decimals, one target is behind
// at Q3, and its narratives come from a file. The report must say true things of it alone.
#include "clirun.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class ForeignBureau : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("songbai.zhibiao"));
        ASSERT_EQ(as({QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("松柏县"), QStringLiteral("--bureau"),
                      QStringLiteral("人力资源和社会保障局")})
                      .exitCode,
                  0);
        importFile("org-units", "code,name,parent\nSB,松柏县,\nT1,东城镇,SB\nT2,西河乡,SB\n");
        // JY03 and MS05 are the demo's codes, for quite other indicators here.
        importFile("indicators",
                   "code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule\n"
                   "JY03,就业服务,,失业人员再就业,万人,cumulative,higher,2,,10,\n"
                   "MS05,就业服务,,就业困难人员帮扶,人,cumulative,higher,0,,20,\n"
                   "DY01,就业服务,,调查失业率,%,rate,ceiling,2,,30,\n"
                   "PX01,职业培训,,补贴性培训,人次,cumulative,higher,0,,40,\n"
                   "ZZ01,尚无数据,,档案数字化,件,cumulative,higher,0,,50,\n");
        importFile("targets", "code,org_unit,year,target\n"
                              "JY03,SB,2024,1.8\nMS05,SB,2024,1200\nDY01,SB,2024,3.5\nPX01,SB,2024,5000\nZZ01,SB,2024,100\n");
        importFile("figures", "code,org_unit,year,quarter,value,note\n"
                              "JY03,SB,2024,3,1.94,\nMS05,SB,2024,3,760,\nDY01,SB,2024,3,3.75,\nPX01,SB,2024,3,4100,\n");
        const QString narratives = m_dir.filePath(QStringLiteral("narratives.csv"));
        writeFile(narratives, "year,section,theme,sort,body\n"
                              "2024,practice,服务就业困难群体,1,\"{{period}}帮扶就业困难人员{{MS05.value}}，完成年度目标的{{MS05.completion}}。\"\n"
                              "2024,plan,就业服务,1,继续做好就业困难人员帮扶。\n");
        ASSERT_EQ(as({QStringLiteral("narratives"), QStringLiteral("import"), narratives}).exitCode, 0);
    }

    CliRun as(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("李华")} + arguments);
    }

    void importFile(const char *kind, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".csv"));
        writeFile(path, csv);
        const CliRun run = as({QStringLiteral("import"), QString::fromLatin1(kind), path});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    QString report(const QStringList &more = {}) const
    {
        const QString out = m_dir.filePath(QStringLiteral("report.txt"));
        const CliRun run = as(QStringList{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                                          QStringLiteral("--quarter"), QStringLiteral("3"), QStringLiteral("--format"),
                                          QStringLiteral("txt"), QStringLiteral("-o"), out}
                              + more);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QString::fromUtf8(readFile(out));
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(ForeignBureau, ItsReportStatesItsOwnIndicatorsTruthfully)
{
    const QString text = report();
    // Its own names, never the demo's phrasing of the same codes.
    EXPECT_TRUE(text.contains(QStringLiteral("全县失业人员再就业1.94万人"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("创业担保贷款")));
    EXPECT_FALSE(text.contains(QStringLiteral("高校毕业生")));
    // Q3: 1.94 of 1.8 done early; 760 of 1200 is 63.3%, 11.7 points under the 75% schedule.
    EXPECT_TRUE(text.contains(QStringLiteral("就业困难人员帮扶760人，完成年度目标的63.3%，低于序时进度11.7个百分点"))) << qPrintable(text);
    // A rate with two decimals, and the excess of the printed figures.
    EXPECT_TRUE(text.contains(QStringLiteral("调查失业率3.75%，超出控制目标0.25个百分点"))) << qPrintable(text);
    // The opening's tally names the broken ceiling as over its target, not behind the schedule.
    EXPECT_TRUE(text.contains(QStringLiteral("1项超出控制目标（调查失业率）"))) << qPrintable(text.left(600));
    // Five indicators have targets; the one without a figure is counted and named, not dropped.
    EXPECT_TRUE(text.contains(QStringLiteral("有年度目标的5项指标中，2项达到或快于序时进度"))) << qPrintable(text.left(600));
    EXPECT_TRUE(text.contains(QStringLiteral("1项暂无数据（档案数字化）"))) << qPrintable(text.left(600));
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("滞后于序时进度（[^）]*调查失业率")))) << qPrintable(text.left(600));
    // The period once at the head of each paragraph.
    EXPECT_EQ(text.count(QStringLiteral("今年前三季度，全县")), 2) << qPrintable(text);
    // The category without figures is left out; the narrative's period and figures bound.
    EXPECT_FALSE(text.contains(QStringLiteral("尚无数据")));
    EXPECT_TRUE(text.contains(QStringLiteral("前三季度帮扶就业困难人员760人，完成年度目标的63.3%。"))) << qPrintable(text);
    // Its own title and 落款.
    EXPECT_TRUE(text.startsWith(QStringLiteral("松柏县人力资源和社会保障局\n2024年工作总结和2025年工作谋划"))) << qPrintable(text.left(80));
    EXPECT_TRUE(text.trimmed().section(QLatin1Char('\n'), -2, -2).contains(QStringLiteral("松柏县人力资源和社会保障局")));
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d\\.0(?!\\d)|\\d\\.\\d0(?!\\d)")))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("市委")));
}

TEST_F(ForeignBureau, CheckListsTheCategoryWithoutFigures)
{
    const CliRun run = as({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--quarter"),
                           QStringLiteral("3"), QStringLiteral("--check")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("尚无数据"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("left out"))) << run.err.toStdString();
}

TEST_F(ForeignBureau, TheProfileCanBeSetAndIsUsedByTheReport)
{
    ASSERT_EQ(as({QStringLiteral("profile"), QStringLiteral("--issuer"), QStringLiteral("松柏县人社局"), QStringLiteral("--date"),
                  QStringLiteral("2024-12-20"), QStringLiteral("--leadership"), QStringLiteral("县委、县政府的领导")})
                  .exitCode,
              0);
    const QString text = report();
    EXPECT_TRUE(text.contains(QStringLiteral("在县委、县政府的领导下，松柏县人社局"))) << qPrintable(text.left(300));
    EXPECT_TRUE(text.trimmed().endsWith(QStringLiteral("松柏县人社局\n2024年12月20日"))) << qPrintable(text.right(80));
    EXPECT_EQ(as({QStringLiteral("profile"), QStringLiteral("--date"), QStringLiteral("20.12.2024")}).exitCode, 1);
}
