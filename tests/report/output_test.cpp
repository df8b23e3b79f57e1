// The demo report end to end: section 一 against its golden text, and the PDF, ODT and
// HTML outputs checked with the tools a person would use (poppler-utils, unzip).
#include "cli/cliapp.h"
#include "io/demobureau.h"
#include "report/reportbuilder.h"
#include "report/reportexporter.h"
#include "report/reportloader.h"
#include "report/textrenderer.h"
#include "storage/narrativerepository.h"
#include "storage/targetrepository.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

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

// The goldens were written by hand from the rules and the demo's CSV figures (each figure
// checked: 5.04/4.5 = 112%, 3072 of 3200 = 96% with 128 short, 5.44/8 = 68% at Q3 against
// 75%, …), not produced by the generator they check.
TEST_F(DemoReport, SectionOneMatchesTheGoldenText)
{
    for (const auto &[quarter, file] : {std::pair{4, "section1-2019.txt"}, std::pair{3, "section1-2019q3.txt"}}) {
        SCOPED_TRACE(file);
        const QString text = TextRenderer::plainText(report({2019, quarter}));
        const qsizetype from = text.indexOf(QStringLiteral("一、年度主要任务指标完成情况"));
        const qsizetype to = text.indexOf(QStringLiteral("二、主要做法"));
        ASSERT_GE(from, 0);
        ASSERT_GT(to, from);
        QString section = text.mid(from, to - from);
        section.remove(QChar(0x3000));
        const QString golden = QString::fromUtf8(readFile(sourcePath(QStringLiteral("tests/report/golden/") + QLatin1String(file))));
        EXPECT_EQ(section.trimmed(), golden.trimmed());
        // Bulletins write no trailing zeros: no "X.0%", no "X.X0".
        EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d\\.0(?!\\d)|\\d\\.\\d0(?!\\d)"))))
            << qPrintable(text);
    }
}

TEST_F(DemoReport, TheOpeningIsDrawnFromTheDataAndTheReportEndsWithItsSignature)
{
    const QString year = TextRenderer::plainText(report({2019, 4}));
    EXPECT_TRUE(year.contains(QStringLiteral("有年度目标的24项指标中，22项完成年度目标（其中5项提前完成），2项未完成"
                                             "（劳动保障监察投诉举报案件结案率、技能脱贫培训）")))
        << qPrintable(year.left(400));
    EXPECT_TRUE(year.contains(QStringLiteral("在省人力资源和社会保障厅的指导和市委、市政府的领导下")));
    const QString q3 = TextRenderer::plainText(report({2019, 3}));
    EXPECT_TRUE(q3.contains(QStringLiteral("2项滞后于序时进度（创业担保贷款发放、就业见习岗位开发）"))) << qPrintable(q3.left(400));
    const Report r = report();
    ASSERT_FALSE(r.elements.isEmpty());
    const auto *signature = std::get_if<ReportSignature>(&r.elements.last());
    ASSERT_TRUE(signature);
    EXPECT_EQ(signature->issuer, QStringLiteral("青禾市人力资源和社会保障局"));
    EXPECT_TRUE(signature->date.contains(QStringLiteral("年"))) << qPrintable(signature->date);
}

TEST_F(DemoReport, APartYearHasNoProposalTableAndItsNarrativesNameThePeriod)
{
    const Report q3 = report({2019, 3});
    for (const ReportElement &element : q3.elements)
        EXPECT_FALSE(std::holds_alternative<ReportTable>(element));
    const QString text = TextRenderer::plainText(q3);
    EXPECT_TRUE(text.contains(QStringLiteral("2020年主要指标目标建议待2019年全年数据齐备后提出")));
    EXPECT_TRUE(text.contains(QStringLiteral("前三季度城镇新增就业4.59万人"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("全年城镇新增就业")));
    EXPECT_TRUE(TextRenderer::plainText(report({2019, 4})).contains(QStringLiteral("全年城镇新增就业5.04万人")));
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

    const QString info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts")))) << qPrintable(info);

    const QStringList fonts = runProgram(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        // name type encoding emb sub uni: the columns after the encoding are yes/no.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << qPrintable(line);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << qPrintable(line);
    }

    const QString extracted = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(extracted.contains(QStringLiteral("— 1 —")));
    EXPECT_TRUE(extracted.contains(QStringLiteral("— 2 —")));
    for (const QChar c : extracted)
        ASSERT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "radical U+" << std::hex << int(c.unicode());

    // Content-stream order: a table cell's wrapped lines stay together, as in the plain text
    // (-layout would interleave the lines of neighbouring cells).
    QString pages = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    pages.remove(QRegularExpression(QStringLiteral("—\\s*\\d+\\s*—")));
    const QString expected = withoutWhiteSpace(TextRenderer::plainText(r));
    QString actual = withoutWhiteSpace(pages);
    // The table's header row is printed again on each page the table continues on: once
    // in the text.
    for (const ReportElement &element : r.elements) {
        if (const auto *table = std::get_if<ReportTable>(&element)) {
            const QString header = withoutWhiteSpace(table->header.join(QString()));
            const qsizetype first = actual.indexOf(header);
            ASSERT_GE(first, 0);
            for (qsizetype again = actual.indexOf(header, first + 1); again >= 0; again = actual.indexOf(header, again))
                actual.remove(again, header.size());
        }
    }
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
    const QString content = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    EXPECT_TRUE(content.contains(QStringLiteral("均提前完成年度目标任务")));
    EXPECT_TRUE(content.contains(QStringLiteral("青禾市人力资源和社会保障局")));
    EXPECT_TRUE(content.contains(QStringLiteral("2019年工作总结和2020年工作谋划")));
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

TEST_F(DemoReport, CliRefusesBlanksUnlessAskedAndChecksSayWhatIsMissing)
{
    NarrativeRepository(m_db.db()).save(Narrative{2019, QStringLiteral("practice"), QStringLiteral("测试主题"), 9,
                                                   QStringLiteral("共{{ZZ01.value}}项，{{JY01.next_target}}")});
    const QString path = m_db.dir() + QStringLiteral("/r.txt");
    auto cli = [&](const QStringList &more, QString *err) {
        QString out;
        QTextStream outStream(&out);
        QTextStream errStream(err);
        const int code = CliApp(outStream, errStream)
                             .run(QStringList{QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), m_db.path(),
                                              QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019")}
                                  + more);
        errStream.flush();
        return code;
    };
    QString err;
    EXPECT_EQ(cli({QStringLiteral("--check")}, &err), CliApp::DataError);
    // Each gap by section and name, with why.
    EXPECT_TRUE(err.contains(QStringLiteral("二、主要做法 / 测试主题: {{ZZ01.value}}: no indicator of that code"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("{{JY01.next_target}}: no target for 2020 has been adopted yet"))) << qPrintable(err);

    err.clear();
    EXPECT_EQ(cli({QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("-o"), path}, &err), CliApp::DataError);
    EXPECT_TRUE(err.contains(QStringLiteral("--allow-blanks"))) << qPrintable(err);
    EXPECT_FALSE(QFileInfo::exists(path));

    err.clear();
    EXPECT_EQ(cli({QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("-o"), path,
                   QStringLiteral("--allow-blanks")},
                  &err),
              0)
        << qPrintable(err);
    const QString text = QString::fromUtf8(readFile(path));
    EXPECT_TRUE(text.contains(QStringLiteral("共（待补）项")));
    // The file's date line is the only part that may differ from an in-process build's.
    EXPECT_EQ(text.section(QLatin1Char('\n'), 0, -3), TextRenderer::plainText(report()).section(QLatin1Char('\n'), 0, -3));
}

TEST_F(DemoReport, AnAdoptedNextYearTargetFillsItsPlaceholder)
{
    TargetRepository(m_db.db()).upsert({Target{QStringLiteral("JY01"), QStringLiteral("CITY"), 2020, 5.2}},
                                       QStringLiteral("leader"));
    NarrativeRepository(m_db.db()).save(Narrative{2019, QStringLiteral("plan"), QStringLiteral("目标"), 9,
                                                   QStringLiteral("力争城镇新增就业{{JY01.next_target}}。")});
    const Report r = report();
    EXPECT_TRUE(r.unresolved.isEmpty()) << qPrintable(r.unresolved.join(QLatin1Char(' ')));
    EXPECT_TRUE(TextRenderer::plainText(r).contains(QStringLiteral("力争城镇新增就业5.2万人。")));
}
