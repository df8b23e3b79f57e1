#include "testsupport.h"

#include "clirun.h"
#include "core/appsettings.h"
#include "io/csv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// The codes of the shipped demo catalogue, read from the source tree, not from the program.
QStringList demoIndicatorCodes()
{
    const CsvParseResult csv = Csv::parse(readFile(sourcePath(QStringLiteral("resources/demo/indicators.csv"))));
    QStringList codes;
    for (const CsvRecord &record : csv.records.mid(1))
        codes << record.fields.value(0);
    return codes;
}

class CliAppTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("bureau.zhibiao"));
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin")}
                      + arguments);
    }

    // The status table as JSON objects by indicator code.
    QHash<QString, QJsonObject> statusJson(int year, int quarter, QJsonArray *array = nullptr) const
    {
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--year"), QString::number(year),
                                QStringLiteral("--quarter"), QString::number(quarter), QStringLiteral("--format"),
                                QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(document.isArray());
        QHash<QString, QJsonObject> rows;
        for (const QJsonValue &value : document.array())
            rows.insert(value.toObject().value(QStringLiteral("code")).toString(), value.toObject());
        if (array)
            *array = document.array();
        return rows;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliAppTest, StatusJsonHasEveryIndicatorWithTheRequiredKeys)
{
    QJsonArray array;
    const QHash<QString, QJsonObject> rows = statusJson(2019, 4, &array);
    const QStringList codes = demoIndicatorCodes();
    ASSERT_EQ(codes.size(), 45);
    EXPECT_EQ(array.size(), codes.size());
    for (const QString &code : codes)
        EXPECT_TRUE(rows.contains(code)) << code.toStdString();

    const QStringList required{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
                               QStringLiteral("unit"), QStringLiteral("kind"), QStringLiteral("direction"),
                               QStringLiteral("target"), QStringLiteral("value"), QStringLiteral("completion"),
                               QStringLiteral("difference_pp"), QStringLiteral("expected"),
                               QStringLiteral("status"), QStringLiteral("reached_early")};
    for (const QJsonObject &row : rows) {
        for (const QString &key : required)
            EXPECT_TRUE(row.contains(key)) << row.value(QStringLiteral("code")).toString().toStdString() << " lacks "
                                           << key.toStdString();
        EXPECT_TRUE(row.value(QStringLiteral("reached_early")).isBool());
        EXPECT_FALSE(row.value(QStringLiteral("status")).toString().isEmpty());
    }
    EXPECT_EQ(rows.value(QStringLiteral("JY01")).value(QStringLiteral("name")).toString(), QStringLiteral("城镇新增就业"));
    EXPECT_EQ(rows.value(QStringLiteral("JY01")).value(QStringLiteral("unit")).toString(), QStringLiteral("万人"));
}

// Expected values worked out by hand from resources/demo/targets.csv and figures.csv (CITY).
TEST_F(CliAppTest, StatusValuesAtYearEnd)
{
    const QHash<QString, QJsonObject> rows = statusJson(2019, 4);

    // JY04 unemployment rate: 3.2 % against a 4.0 % ceiling — kept, 0.8 points under.
    const QJsonObject jy04 = rows.value(QStringLiteral("JY04"));
    EXPECT_EQ(jy04.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
    EXPECT_DOUBLE_EQ(jy04.value(QStringLiteral("value")).toDouble(), 3.2);
    EXPECT_DOUBLE_EQ(jy04.value(QStringLiteral("target")).toDouble(), 4.0);
    EXPECT_NEAR(jy04.value(QStringLiteral("difference_pp")).toDouble(), -0.8, 1e-6);
    EXPECT_TRUE(jy04.value(QStringLiteral("completion")).isNull());
    EXPECT_EQ(jy04.value(QStringLiteral("direction")).toString(), QStringLiteral("ceiling"));

    // LD04 case closure rate: 97.5 % against 98 % — missed by 0.5 points.
    const QJsonObject ld04 = rows.value(QStringLiteral("LD04"));
    EXPECT_EQ(ld04.value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    EXPECT_NEAR(ld04.value(QStringLiteral("difference_pp")).toDouble(), -0.5, 1e-6);

    // SB01 pension insured: 60.52 in Q3 already above the 60.00 target.
    const QJsonObject sb01 = rows.value(QStringLiteral("SB01"));
    EXPECT_EQ(sb01.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
    EXPECT_TRUE(sb01.value(QStringLiteral("reached_early")).toBool());
    EXPECT_DOUBLE_EQ(sb01.value(QStringLiteral("value")).toDouble(), 61.18);

    // JY01 new urban jobs: 5.04 against 4.50 = 112 %, reached in Q3 (4.59).
    const QJsonObject jy01 = rows.value(QStringLiteral("JY01"));
    EXPECT_NEAR(jy01.value(QStringLiteral("completion")).toDouble(), 112.0, 1e-6);
    EXPECT_TRUE(jy01.value(QStringLiteral("reached_early")).toBool());

    // MS03 internship posts: 1212 of 1200, reached only in Q4.
    const QJsonObject ms03 = rows.value(QStringLiteral("MS03"));
    EXPECT_EQ(ms03.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
    EXPECT_FALSE(ms03.value(QStringLiteral("reached_early")).toBool());

    // SR02 income growth is reported for 前三季度 only: the Q3 figure stands for the year.
    const QJsonObject sr02 = rows.value(QStringLiteral("SR02"));
    EXPECT_DOUBLE_EQ(sr02.value(QStringLiteral("value")).toDouble(), 9.0);
    EXPECT_EQ(sr02.value(QStringLiteral("value_quarter")).toInt(), 3);
    EXPECT_NEAR(sr02.value(QStringLiteral("difference_pp")).toDouble(), 0.5, 1e-6);

    // MS05 graduate subsidies have no target.
    const QJsonObject ms05 = rows.value(QStringLiteral("MS05"));
    EXPECT_EQ(ms05.value(QStringLiteral("status")).toString(), QStringLiteral("no_target"));
    EXPECT_TRUE(ms05.value(QStringLiteral("target")).isNull());
    EXPECT_DOUBLE_EQ(ms05.value(QStringLiteral("value")).toDouble(), 2600.0);
}

TEST_F(CliAppTest, StatusValuesDuringTheYear)
{
    const QHash<QString, QJsonObject> q3 = statusJson(2019, 3);
    // MS03: 660 of 1200 = 55 % against 75 % expected, 20 points behind; 900 were due.
    const QJsonObject ms03 = q3.value(QStringLiteral("MS03"));
    EXPECT_EQ(ms03.value(QStringLiteral("status")).toString(), QStringLiteral("seriously_behind"));
    EXPECT_NEAR(ms03.value(QStringLiteral("completion")).toDouble(), 55.0, 1e-6);
    EXPECT_NEAR(ms03.value(QStringLiteral("expected")).toDouble(), 75.0, 1e-6);
    EXPECT_NEAR(ms03.value(QStringLiteral("shortfall")).toDouble(), 240.0, 1e-6);
    EXPECT_TRUE(ms03.value(QStringLiteral("note")).toString().contains(QStringLiteral("严重滞后")));

    // MS10 enrolment has the seasonal schedule 5/15/70/100: at Q2, 680 of 4000 = 17 % is
    // ahead of the 15 % due, although far under the linear 50 %.
    const QHash<QString, QJsonObject> q2 = statusJson(2019, 2);
    const QJsonObject ms10 = q2.value(QStringLiteral("MS10"));
    EXPECT_NEAR(ms10.value(QStringLiteral("expected")).toDouble(), 15.0, 1e-6);
    EXPECT_NEAR(ms10.value(QStringLiteral("completion")).toDouble(), 17.0, 1e-6);
    EXPECT_EQ(ms10.value(QStringLiteral("status")).toString(), QStringLiteral("ahead"));
}

TEST_F(CliAppTest, TextAndCsvHaveARowPerIndicator)
{
    const QStringList codes = demoIndicatorCodes();
    const CliRun text = cli({QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), codes.size()) << text.out.toStdString();
    for (qsizetype i = 0; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].startsWith(codes[i] + QLatin1Char(' '))) << lines[i].toStdString();

    const CliRun csv = cli({QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019"),
                            QStringLiteral("--quarter"), QStringLiteral("3"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const CsvParseResult parsed = Csv::parse(csv.out.toUtf8());
    ASSERT_TRUE(parsed.error.isEmpty());
    ASSERT_EQ(parsed.records.size(), codes.size() + 1);
    const QStringList header = parsed.records[0].fields;
    const qsizetype status = header.indexOf(QStringLiteral("status"));
    ASSERT_GE(status, 0);
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        EXPECT_EQ(parsed.records[i].fields.value(0), codes[i - 1]);
        EXPECT_EQ(parsed.records[i].fields.size(), header.size());
        if (codes[i - 1] == QLatin1String("MS03")) {
            EXPECT_EQ(parsed.records[i].fields.value(status), QStringLiteral("seriously_behind"));
        }
    }
}

TEST_F(CliAppTest, ExportThenImportIsNoChange)
{
    const QString file = path("figures-2019.csv");
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("figures"), file,
                                 QStringLiteral("--year"), QStringLiteral("2019")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const CsvParseResult csv = Csv::parse(readFile(file));
    ASSERT_TRUE(csv.error.isEmpty());
    EXPECT_EQ(csv.records.size(), 850 + 1); // the 2019 lines of resources/demo/figures.csv

    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("figures"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("0 new, 0 changed, 850 unchanged"))) << imported.out.toStdString();
}

TEST_F(CliAppTest, ExportToStandardOutput)
{
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("org-units"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QString::fromUtf8(readFile(sourcePath(QStringLiteral("resources/demo/org-units.csv")))));
}

TEST_F(CliAppTest, ImportWithOneBadLineChangesNothing)
{
    const QByteArray before = readFile(m_db);
    ASSERT_FALSE(before.isEmpty());
    const QString file = path("bad.csv");
    writeFile(file, "code,org_unit,year,quarter,value,note\n"
                    "JY01,CITY,2019,4,9.99,\n"
                    "JY01,D01,2019,4,1.11,\n"
                    "JY01,D02,2019,4,x1,\n"
                    "JY02,CITY,2019,4,7.77,\n");
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("figures"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 4"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("line 2"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(readFile(m_db) == before) << "the database file changed";

    const QHash<QString, QJsonObject> rows = statusJson(2019, 4);
    EXPECT_DOUBLE_EQ(rows.value(QStringLiteral("JY01")).value(QStringLiteral("value")).toDouble(), 5.04);
}

TEST_F(CliAppTest, OpeningSomethingElseIsADataError)
{
    const QString text = path("notes.txt");
    writeFile(text, "not a database\n");
    const CliRun run = runCli({QStringLiteral("--db"), text, QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_EQ(readFile(text), QByteArray("not a database\n"));

    const CliRun unknownUnit = cli({QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019"),
                                    QStringLiteral("--org-unit"), QStringLiteral("D09")});
    EXPECT_EQ(unknownUnit.exitCode, 2);

    const CliRun missingFile = cli({QStringLiteral("import"), QStringLiteral("figures"), path("nope.csv")});
    EXPECT_EQ(missingFile.exitCode, 2);
}

TEST(CliApp, UsageErrors)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.zhibiao"));
    const QList<QStringList> cases{
        {},
        {QStringLiteral("--db"), db},
        {QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019")},
        {QStringLiteral("--db"), db, QStringLiteral("frobnicate")},
        {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019"),
         QStringLiteral("--quarter"), QStringLiteral("5")},
        {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019"),
         QStringLiteral("--quarter"), QStringLiteral("0")},
        {QStringLiteral("--db"), db, QStringLiteral("status")},
        {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("19x")},
        {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019"),
         QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("figures")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("numbers"), QStringLiteral("f.csv")},
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("--db"), db, QStringLiteral("--bogus"), QStringLiteral("init")},
    };
    for (const QStringList &arguments : cases) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 1) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:"))) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFileInfo::exists(db)) << "a usage error created the database: "
                                            << arguments.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(CliApp, MissingDatabaseIsADataErrorAndCreatesNoFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing.zhibiao"));
    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--year"),
                               QStringLiteral("2019")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("missing.zhibiao"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(db));
}

TEST(CliApp, HelpIsNotAnError)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage:")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliApp, InitWithoutDemoMakesAnEmptyBureau)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.zhibiao"));
    const CliRun init = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(db));
    // No org unit yet, so status has no city to report on.
    const CliRun status = runCli({QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--year"),
                                  QStringLiteral("2019")});
    EXPECT_EQ(status.exitCode, 2);
}

// The command line judges "behind" with the thresholds set in the window's Preferences, so
// that both give the same status for the same figure.
TEST_F(CliAppTest, StatusUsesTheThresholdsOfThePreferences)
{
    // MS03 at 2019 Q3 is 20 points behind 序时进度: seriously behind under the default 10.
    ASSERT_EQ(statusJson(2019, 3).value(QStringLiteral("MS03")).value(QStringLiteral("status")).toString(),
              QStringLiteral("seriously_behind"));
    const Thresholds before = AppSettings().thresholds();
    Thresholds lenient = before;
    lenient.seriouslyBehindFrom = 30.0;
    {
        AppSettings settings;
        settings.setThresholds(lenient);
        settings.sync();
    }
    const QString status = statusJson(2019, 3).value(QStringLiteral("MS03")).value(QStringLiteral("status")).toString();
    {
        AppSettings settings;
        settings.setThresholds(before);
        settings.sync();
    }
    EXPECT_EQ(status, QStringLiteral("behind"));
}
