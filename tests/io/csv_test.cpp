#include "io/csv.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

QList<QStringList> fieldsOf(const CsvParseResult &result)
{
    QList<QStringList> fields;
    for (const CsvRecord &record : result.records)
        fields << record.fields;
    return fields;
}

QList<int> linesOf(const CsvParseResult &result)
{
    QList<int> lines;
    for (const CsvRecord &record : result.records)
        lines << record.line;
    return lines;
}

QStringList row(std::initializer_list<const char *> utf8)
{
    QStringList fields;
    for (const char *text : utf8)
        fields << QString::fromUtf8(text);
    return fields;
}

} // namespace

TEST(Csv, ParsesPlainRecordsWithTheirLines)
{
    const CsvParseResult result = Csv::parse("code,value\nJY01,1.40\nJY02,2\n");
    EXPECT_TRUE(result.error.isEmpty());
    EXPECT_EQ(result.errorLine, 0);
    EXPECT_EQ(fieldsOf(result), (QList<QStringList>{row({"code", "value"}), row({"JY01", "1.40"}), row({"JY02", "2"})}));
    EXPECT_EQ(linesOf(result), (QList<int>{1, 2, 3}));
}

TEST(Csv, StripsTheByteOrderMark)
{
    const CsvParseResult result = Csv::parse("\xEF\xBB\xBF" "code,name\nCITY,全市\n");
    ASSERT_EQ(result.records.size(), 2);
    EXPECT_EQ(result.records[0].fields.first(), QStringLiteral("code"));
    EXPECT_EQ(result.records[1].fields, row({"CITY", "全市"}));
}

TEST(Csv, AcceptsCrlfAndAMissingLastLineEnd)
{
    const CsvParseResult crlf = Csv::parse("a,b\r\n1,2\r\n3,4");
    EXPECT_EQ(fieldsOf(crlf), (QList<QStringList>{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}));
    EXPECT_EQ(linesOf(crlf), (QList<int>{1, 2, 3}));
}

TEST(Csv, QuotedFieldsWithCommasAndDoubledQuotes)
{
    const CsvParseResult result = Csv::parse("\"1,234\",\"他说\"\"好\"\"\",\"\",plain\n");
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    ASSERT_EQ(result.records.size(), 1);
    EXPECT_EQ(result.records[0].fields, row({"1,234", "他说\"好\"", "", "plain"}));
}

TEST(Csv, NewlinesInsideQuotesKeepLineNumbersRight)
{
    const CsvParseResult result = Csv::parse("code,note\nA,\"第一行\n第二行\"\nB,\"x\r\ny\"\nC,z\n");
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    ASSERT_EQ(result.records.size(), 4);
    EXPECT_EQ(result.records[1].fields[1], QStringLiteral("第一行\n第二行"));
    EXPECT_EQ(result.records[2].fields[1], QStringLiteral("x\ny"));
    EXPECT_EQ(linesOf(result), (QList<int>{1, 2, 4, 6}));
}

TEST(Csv, EmptyFieldsAndBlankLines)
{
    const CsvParseResult result = Csv::parse("a,b,c\n\n1,,3\n,,\n\n\n");
    EXPECT_EQ(fieldsOf(result), (QList<QStringList>{row({"a", "b", "c"}), row({"1", "", "3"}), row({"", "", ""})}));
    EXPECT_EQ(linesOf(result), (QList<int>{1, 3, 4}));
    EXPECT_TRUE(Csv::parse("").records.isEmpty());
    EXPECT_TRUE(Csv::parse("\n\r\n").records.isEmpty());
}

TEST(Csv, SpacesArePartOfTheField)
{
    EXPECT_EQ(Csv::parse(" a , b \n").records[0].fields, row({" a ", " b "}));
}

TEST(Csv, UnterminatedQuoteReportsTheLineItStartsOn)
{
    const CsvParseResult result = Csv::parse("a,b\n1,2\n3,\"open\n4,5\n");
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(result.errorLine, 3);
}

TEST(Csv, QuoteInsideAnUnquotedFieldIsAnError)
{
    const CsvParseResult result = Csv::parse("a,b\n1,2\n3,12\"5\n");
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(result.errorLine, 3);
}

TEST(Csv, TextAfterAClosingQuoteIsAnError)
{
    const CsvParseResult result = Csv::parse("a,b\n\"x\"y,2\n");
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(result.errorLine, 2);
}

TEST(Csv, NonUtf8BytesAreAnError)
{
    // "青禾区" in GBK, as a spreadsheet on a Chinese Windows saves it.
    const CsvParseResult gbk = Csv::parse("code,name\nD01,\xC7\xE0\xBA\xCC\xC7\xF8\n");
    EXPECT_FALSE(gbk.error.isEmpty());
    EXPECT_GE(gbk.errorLine, 1);
    EXPECT_TRUE(gbk.records.isEmpty());
    EXPECT_FALSE(Csv::parse("a\n\xFF\n").error.isEmpty());
}

TEST(Csv, WriteQuotesOnlyWhereNeeded)
{
    const QByteArray out = Csv::write({row({"code", "note"}), row({"JY01", "plain 说明"}),
                                       row({"JY02", "a,b"}), row({"JY03", "say \"hi\""}),
                                       row({"JY04", "two\nlines"}), row({"", ""})});
    EXPECT_EQ(out, QByteArray("code,note\nJY01,plain 说明\nJY02,\"a,b\"\nJY03,\"say \"\"hi\"\"\"\n"
                              "JY04,\"two\nlines\"\n,\n"));
    EXPECT_FALSE(out.startsWith("\xEF\xBB\xBF"));
}

TEST(Csv, WriteThenParseRoundTrips)
{
    const QList<QStringList> records{row({"code", "org_unit", "note"}),
                                     row({"JY01", "CITY", "见习岗位, \"专项\"募集\r\n第二段"}),
                                     row({"MS03", "D01", ""}), row({" x ", "\"", ",,"}),
                                     row({"", "", "末尾"})};
    const CsvParseResult parsed = Csv::parse(Csv::write(records));
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    QList<QStringList> expected = records;
    expected[1][2] = QStringLiteral("见习岗位, \"专项\"募集\n第二段"); // CRLF inside a field reads as LF
    EXPECT_EQ(fieldsOf(parsed), expected);
}
