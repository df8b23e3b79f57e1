// The demo report end to end: section 一 against its golden text, and the PDF, ODT and
// HTML outputs checked with the tools a person would use (poppler-utils, unzip).
#include "cli/cliapp.h"
#include "io/demobureau.h"
#include "report/reportbuilder.h"
#include "report/reportexporter.h"
#include "report/reportloader.h"
#include "report/textrenderer.h"
#include "storage/narrativerepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpace(QString text)
{
    // Full-width spaces (the paragraph indent) count as white space too.
    text.remove(QRegularExpression(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption));
    return text;
}

class DemoReport : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoBureau::install(m_db.db()).ok()); }
    Report report(Period period = {2019, 4}) const
    {
        static const Phrasebook book = Phrasebook::defaults();
        return ReportBuilder(book).build(ReportLoader::load(m_db.db(), period, {}));
    }
    TempDatabase m_db;
};

} // namespace

TEST_F(DemoReport, SectionOneMatchesTheGoldenText)
{
    const QString text = TextRenderer::plainText(report());
    const qsizetype from = text.indexOf(QStringLiteral("一、年度主要任务指标完成情况"));
    const qsizetype to = text.indexOf(QStringLiteral("二、主要做法"));
    ASSERT_GE(from, 0);
    ASSERT_GT(to, from);
    QString section = text.mid(from, to - from);
    section.remove(QChar(0x3000));
    const QString golden = QString::fromUtf8(readFile(sourcePath(QStringLiteral("tests/report/golden/section1-2019.txt"))));
    EXPECT_EQ(section.trimmed(), golden.trimmed());
}

TEST_F(DemoReport, NarrativesHaveNoUnresolvedPlaceholders)
{
    for (int year : {2018, 2019}) {
        const Report r = report({year, 4});
        EXPECT_TRUE(r.unresolved.isEmpty()) << year << ": " << qPrintable(r.unresolved.join(QLatin1Char(' ')));
        const QString text = TextRenderer::plainText(r);
        EXPECT_TRUE(text.contains(QStringLiteral("（一）"))) << year;
        EXPECT_FALSE(text.contains(QStringLiteral("{{"))) << year;
    }
}

TEST_F(DemoReport, PdfIsA4EmbeddedAndExtractsAsWritten)
{
    const Report r = report();
    QString error;
    const QString pdf = m_db.dir() + QStringLiteral("/report.pdf");
    ASSERT_TRUE(ReportExporter::write(r, ReportExporter::Format::Pdf, pdf, ReportStyle::defaults(), {}, &error))
        << qPrintable(error);

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts")))) << qPrintable(info);

    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        // name type encoding emb sub uni: the columns after the encoding are yes/no.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << qPrintable(line);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << qPrintable(line);
    }

    const QString extracted = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(extracted.contains(QStringLiteral("— 1 —")));
    EXPECT_TRUE(extracted.contains(QStringLiteral("— 2 —")));
    for (const QChar c : extracted)
        ASSERT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "radical U+" << std::hex << int(c.unicode());

    QString pages = extracted;
    pages.remove(QRegularExpression(QStringLiteral("—\\s*\\d+\\s*—")));
    const QString expected = withoutSpace(TextRenderer::plainText(r));
    const QString actual = withoutSpace(pages);
    EXPECT_EQ(actual, expected) << "first difference at "
                                << std::mismatch(actual.cbegin(), actual.cend(), expected.cbegin(), expected.cend()).first
                                       - actual.cbegin()
                                << ": " << qPrintable(actual.mid(std::mismatch(actual.cbegin(), actual.cend(), expected.cbegin(), expected.cend()).first - actual.cbegin() - 10, 60))
                                << " / " << qPrintable(expected.mid(std::mismatch(actual.cbegin(), actual.cend(), expected.cbegin(), expected.cend()).first - actual.cbegin() - 10, 60));
}

TEST_F(DemoReport, OdtHoldsTheText)
{
    const QString odt = m_db.dir() + QStringLiteral("/report.odt");
    ASSERT_TRUE(ReportExporter::write(report(), ReportExporter::Format::Odt, odt, ReportStyle::defaults(), {}));
    const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    EXPECT_TRUE(content.contains(QStringLiteral("均提前完成年度目标任务")));
    EXPECT_TRUE(content.contains(QStringLiteral("青禾市人力资源和社会保障局2019年工作总结和2020年工作谋划")));
}

TEST(ReportHtml, EscapesUserText)
{
    Report r;
    r.elements << ReportTitle{QStringLiteral("标题")}
               << ReportParagraph{QStringLiteral("说明<script>alert(1)</script>&"), QStringLiteral("（一）<b>")};
    const QString html = TextRenderer::html(r);
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("说明&lt;script&gt;alert(1)&lt;/script&gt;&amp;")));
}

TEST_F(DemoReport, CliWritesTheReportAndWarnsOfBlanks)
{
    NarrativeRepository(m_db.db()).save(Narrative{2019, QStringLiteral("practice"), QStringLiteral("测试主题"), 9,
                                                   QStringLiteral("共{{ZZ01.value}}项")});
    const QString path = m_db.dir() + QStringLiteral("/r.txt");
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CliApp(outStream, errStream)
                         .run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), m_db.path(), QStringLiteral("report"),
                               QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"),
                               QStringLiteral("txt"), QStringLiteral("-o"), path});
    EXPECT_EQ(code, 0) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("{{ZZ01.value}}"))) << qPrintable(err);
    const QString text = QString::fromUtf8(readFile(path));
    EXPECT_TRUE(text.contains(QStringLiteral("共（待补）项")));
    EXPECT_EQ(text, TextRenderer::plainText(report()));
}
