#include "demofixture.h"

#include "clirun.h"
#include "dashboard/dashboardexporter.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

QStringList dashboardArguments(const QString &db, const QString &output)
{
    return {QStringLiteral("--db"), db, QStringLiteral("dashboard"), QStringLiteral("--year"),
            QStringLiteral("2019"), QStringLiteral("--quarter"), QStringLiteral("3"),
            QStringLiteral("-o"), output};
}

} // namespace

TEST(DashboardExportTest, CliWritesAPngOfPresentationSize)
{
    test::DemoFixture demo;
    const QString png = QDir(demo.dir()).filePath(QStringLiteral("dashboard.png"));
    const CliRun run = runCli(dashboardArguments(demo.path(), png));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_EQ(DashboardExporter::kImageSize, QSize(1920, 1080));
}

TEST(DashboardExportTest, NeverWritesOverTheBureau)
{
    test::DemoFixture demo;
    const QByteArray before = test::readFile(demo.path());
    QString error;
    EXPECT_FALSE(DashboardExporter::exportFile(demo.db(), Period{2019, 3}, {}, demo.path(), Thresholds{}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("would destroy it"))) << error.toStdString();
    EXPECT_EQ(test::readFile(demo.path()), before);
}

TEST(DashboardExportTest, CliPdfTextHoldsTheHeadlineFigures)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    // scripts/test.sh installs poppler-utils: without it the suite is broken, not excused.
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext (poppler-utils) is missing: run scripts/test.sh, which installs it";
    test::DemoFixture demo;
    const QString pdf = QDir(demo.dir()).filePath(QStringLiteral("dashboard.pdf"));
    const CliRun run = runCli(dashboardArguments(demo.path(), pdf) + QStringList{QStringLiteral("--org-unit"), QStringLiteral("CITY")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // One page per view at least: cards, completion, warnings, rates, trend, ranking, completeness.
    EXPECT_GE(text.count(QLatin1Char('\f')), 7);
    for (const QString &expected :
         {QStringLiteral("全市 2019年第三季度"), QStringLiteral("Generated "),
          QStringLiteral("就业创业：黄灯"), QStringLiteral("民生工程：红灯"),
          QStringLiteral("JY01 城镇新增就业：4.59万人，目标4.5万人，完成102%"),
          QStringLiteral("JY03 创业担保贷款发放：还差0.56亿元"), QStringLiteral("MS03 就业见习岗位开发：还差240个"),
          QStringLiteral("JY04 城镇登记失业率：控制在3.2%，比控制目标4%低0.8个百分点"),
          QStringLiteral("已报送4个，共5个单位")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    }
    // Qt 6.4 maps CJK characters to Kangxi radicals unless the ToUnicode maps are repaired.
    const auto radicals = std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF;
    });
    EXPECT_EQ(radicals, 0);
}

TEST(DashboardExportTest, CliRefusesWhatItCannotWrite)
{
    test::DemoFixture demo;
    const QString svg = QDir(demo.dir()).filePath(QStringLiteral("dashboard.svg"));
    EXPECT_EQ(runCli(dashboardArguments(demo.path(), svg)).exitCode, CliApp::UsageError);
    EXPECT_EQ(runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("dashboard"),
                      QStringLiteral("--year"), QStringLiteral("2019")})
                  .exitCode,
              CliApp::UsageError);
    const QString png = QDir(demo.dir()).filePath(QStringLiteral("x.png"));
    const CliRun unknown = runCli(dashboardArguments(demo.path(), png)
                                  + QStringList{QStringLiteral("--org-unit"), QStringLiteral("NOPE")});
    EXPECT_EQ(unknown.exitCode, CliApp::DataError);
    EXPECT_FALSE(QFile::exists(png));
}
