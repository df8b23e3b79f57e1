#include "cli/statusformatter.h"
#include "io/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

QList<StatusRow> sampleRows()
{
    Indicator flow;
    flow.code = QStringLiteral("JY01");
    flow.name = QStringLiteral("城镇新增就业");
    flow.category = QStringLiteral("就业创业");
    flow.unit = QStringLiteral("万人");
    flow.precision = 2;
    Indicator rate = flow;
    rate.code = QStringLiteral("JY04");
    rate.name = QStringLiteral("城镇登记失业率");
    rate.unit = QStringLiteral("%");
    rate.precision = 1;
    rate.kind = IndicatorKind::Rate;
    rate.direction = Direction::Ceiling;
    Indicator empty = flow;
    empty.code = QStringLiteral("JY02");
    empty.parentCode = QStringLiteral("JY01");

    const Period q3{2019, 3};
    // 1.02 / 1.2 × 100 is 85.00000000000001 in binary; machine output drops the noise.
    return {StatusRow{flow, evaluate(flow, 1.2, {0.3, 0.6, 1.02, std::nullopt}, q3), QStringLiteral("说明, 含逗号")},
            StatusRow{rate, evaluate(rate, 4.0, {3.3, 3.2, 4.3, std::nullopt}, q3), {}},
            StatusRow{empty, evaluate(empty, std::nullopt, {}, q3), {}}};
}

} // namespace

TEST(StatusFormatter, JsonNullsAndRounding)
{
    const QJsonArray array = QJsonDocument::fromJson(StatusFormatter::json(sampleRows(), QStringLiteral("CITY"))).array();
    ASSERT_EQ(array.size(), 3);
    const QJsonObject flow = array[0].toObject();
    EXPECT_EQ(flow.value(QStringLiteral("completion")).toDouble(), 85.0);
    EXPECT_EQ(flow.value(QStringLiteral("expected")).toDouble(), 75.0);
    EXPECT_EQ(flow.value(QStringLiteral("status")).toString(), QStringLiteral("ahead"));
    EXPECT_EQ(flow.value(QStringLiteral("org_unit")).toString(), QStringLiteral("CITY"));
    EXPECT_EQ(flow.value(QStringLiteral("quarter")).toInt(), 3);
    EXPECT_TRUE(flow.value(QStringLiteral("parent")).isNull());
    EXPECT_TRUE(flow.value(QStringLiteral("difference_pp")).isNull());

    const QJsonObject rate = array[1].toObject();
    EXPECT_TRUE(rate.value(QStringLiteral("completion")).isNull());
    EXPECT_EQ(rate.value(QStringLiteral("difference_pp")).toDouble(), 0.3);
    EXPECT_EQ(rate.value(QStringLiteral("status")).toString(), QStringLiteral("behind"));

    const QJsonObject empty = array[2].toObject();
    EXPECT_EQ(empty.value(QStringLiteral("status")).toString(), QStringLiteral("no_data"));
    EXPECT_TRUE(empty.value(QStringLiteral("value")).isNull());
    EXPECT_TRUE(empty.value(QStringLiteral("value_quarter")).isNull());
    EXPECT_EQ(empty.value(QStringLiteral("parent")).toString(), QStringLiteral("JY01"));
}

TEST(StatusFormatter, CsvQuotesNotesAndKeepsColumns)
{
    const CsvParseResult csv = Csv::parse(StatusFormatter::csv(sampleRows(), QStringLiteral("CITY")));
    ASSERT_TRUE(csv.error.isEmpty());
    ASSERT_EQ(csv.records.size(), 4);
    const QStringList header = csv.records[0].fields;
    for (const CsvRecord &record : csv.records)
        EXPECT_EQ(record.fields.size(), header.size());
    const QStringList flow = csv.records[1].fields;
    EXPECT_EQ(flow.value(header.indexOf(QStringLiteral("note"))), QStringLiteral("说明, 含逗号"));
    EXPECT_EQ(flow.value(header.indexOf(QStringLiteral("completion"))), QStringLiteral("85"));
    EXPECT_EQ(csv.records[2].fields.value(header.indexOf(QStringLiteral("difference_pp"))), QStringLiteral("0.3"));
    EXPECT_EQ(csv.records[3].fields.value(header.indexOf(QStringLiteral("value"))), QString());
}

TEST(StatusFormatter, TextShowsProgressInTheKindsOwnTerms)
{
    const QStringList lines = StatusFormatter::text(sampleRows()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("1.02万人")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("85%")));
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("ahead")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("+0.3pp")));
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral("no data")));
}

// zhibiao-cli status in a Chinese session prints the status in Chinese; json and csv keep
// the stored words for scripts.
TEST(StatusFormatter, TextSpeaksTheSessionsLanguage)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("zhibiao"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QStringList lines = StatusFormatter::text(sampleRows()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QByteArray json = StatusFormatter::json(sampleRows(), QStringLiteral("CITY"));
    QCoreApplication::removeTranslator(&translator);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("快于序时进度"))) << qPrintable(lines[0]);
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral("无数据"))) << qPrintable(lines[2]);
    EXPECT_TRUE(json.contains("\"no_data\""));
}
