// Inputs that broke a promise the fuzz targets check, kept so that each fault stays fixed.
// The files are in tests/fuzz/regressions/ in the fuzz target's input format (the first
// byte selects the mode, the rest is the text), so they can also be replayed with
// `fuzz_<target> FILE`.
#include "testsupport.h"

#include "io/csv.h"
#include "report/placeholderresolver.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

// "{}}{": removing the "}}" of a half-typed placeholder joined the braces around it into a
// new "{{" that reached the report. Found while writing the placeholder fuzz target's
// property; fixed in PlaceholderResolver::resolve.
TEST(FuzzRegression, PlaceholderSplitBracesNeverReachTheReport)
{
    const QByteArray input = readFile(sourcePath(QStringLiteral("tests/fuzz/regressions/placeholder-split-braces.txt")));
    ASSERT_FALSE(input.isEmpty());
    const QString text = QString::fromUtf8(input.mid(1));
    ASSERT_TRUE(text.contains(QLatin1String("{}}{")));
    const PlaceholderResolver resolver({}, QStringLiteral("CITY"), QStringLiteral("（待补）"));
    const PlaceholderResolver::Result result = resolver.resolve(text);
    EXPECT_FALSE(result.text.contains(QLatin1String("{{"))) << result.text.toStdString();
    EXPECT_FALSE(result.text.contains(QLatin1String("}}"))) << result.text.toStdString();
    EXPECT_TRUE(result.text.startsWith(QStringLiteral("全年"))) << result.text.toStdString();
    EXPECT_TRUE(result.text.endsWith(QStringLiteral("完成"))) << result.text.toStdString();
    EXPECT_FALSE(result.unresolved.isEmpty());
}

// A quoted field with "\r\r\n" in it: the parser dropped the CR of a CRLF but kept a lone
// CR, so the field held "\r\n", which read back as "\n" once written. Found by
// fuzz_csv_import in its first long run; fixed in Csv::parse (every line break inside a
// field is LF).
TEST(FuzzRegression, CsvFieldWithCarriageReturnsReadsBackTheSame)
{
    const QByteArray input = readFile(sourcePath(QStringLiteral("tests/fuzz/regressions/csv-carriage-returns-in-quotes.csv")));
    ASSERT_TRUE(input.mid(1).contains("\r\r\r")); // inside the quoted field
    const CsvParseResult parsed = Csv::parse(input.mid(1));
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    QList<QStringList> records;
    for (const CsvRecord &record : parsed.records) {
        records << record.fields;
        for (const QString &field : record.fields)
            EXPECT_FALSE(field.contains(QLatin1Char('\r')));
    }
    const CsvParseResult again = Csv::parse(Csv::write(records));
    ASSERT_EQ(again.records.size(), parsed.records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        EXPECT_EQ(again.records.at(i).fields, records.at(i));
}

// A file holding only "" is one record with one empty field; written back bare it was an
// empty line, which reads as no record. Found by fuzz_csv_import in its second long run;
// fixed in Csv::write.
TEST(FuzzRegression, CsvRecordOfOneEmptyFieldSurvivesWritingBack)
{
    const QByteArray input = readFile(sourcePath(QStringLiteral("tests/fuzz/regressions/csv-single-empty-field.csv")));
    ASSERT_EQ(input.mid(1), QByteArray("\"\""));
    const CsvParseResult parsed = Csv::parse(input.mid(1));
    ASSERT_EQ(parsed.records.size(), 1);
    EXPECT_EQ(parsed.records.first().fields, QStringList{QString()});
    const CsvParseResult again = Csv::parse(Csv::write({parsed.records.first().fields}));
    ASSERT_EQ(again.records.size(), 1);
    EXPECT_EQ(again.records.first().fields, QStringList{QString()});
}

// A file whose only field is U+FEFF (a byte-order mark after a blank line): written back
// bare, the character opened the file and was read as a byte-order mark, so the record
// vanished. Found by fuzz_csv_import in its third long run; fixed in Csv::write.
TEST(FuzzRegression, CsvFieldOpeningWithAByteOrderMarkSurvivesWritingBack)
{
    const QByteArray input = readFile(sourcePath(QStringLiteral("tests/fuzz/regressions/csv-byte-order-mark-as-field.csv")));
    ASSERT_TRUE(input.endsWith("\xEF\xBB\xBF"));
    const CsvParseResult parsed = Csv::parse(input.mid(1));
    ASSERT_EQ(parsed.records.size(), 1);
    EXPECT_EQ(parsed.records.first().fields, QStringList{QString(QChar(0xFEFF))});
    const CsvParseResult again = Csv::parse(Csv::write({parsed.records.first().fields}));
    ASSERT_EQ(again.records.size(), 1);
    EXPECT_EQ(again.records.first().fields, parsed.records.first().fields);
}
