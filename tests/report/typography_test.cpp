// The PDF's typography, read back the way a reader meets it: the text of each page as
// pdftotext gives it. Figures stay with their units across line ends, no heading is left
// at a page's foot, the table's header heads each page it spans, the title's lines are
// balanced and page 1 is filled to the grid. And the pieces on their own: UnitGlue,
// TitleBreaker, CjkJustifier's gaps and ReportStyle::resolve's fallbacks.
#include "cli/cliapp.h"
#include "io/demobureau.h"
#include "report/cjkjustifier.h"
#include "report/pdfrenderer.h"
#include "report/reportbuilder.h"
#include "report/reportexporter.h"
#include "report/reportloader.h"
#include "report/reportstyle.h"
#include "report/titlebreaker.h"
#include "report/unitglue.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <random>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// A rendered PDF and its pages' text.
struct RenderedPdf
{
    QStringList layoutPages; // pdftotext -layout, per page
    QStringList rawPages;    // pdftotext -raw (content order), per page
    QString boxes;           // pdftotext -bbox-layout, all pages
};

RenderedPdf render(const Report &report, const QString &dir)
{
    RenderedPdf out;
    const QString path = dir + QStringLiteral("/typography.pdf");
    QString error;
    if (!ReportExporter::write(report, ReportExporter::Format::Pdf, path, ReportStyle::defaults(), {}, &error)) {
        ADD_FAILURE() << qPrintable(error);
        return out;
    }
    const QString info = runProgram(QStringLiteral("pdfinfo"), {path});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    for (int page = 1; page <= pages; ++page) {
        const QStringList range{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)};
        out.layoutPages << runProgram(QStringLiteral("pdftotext"), range + QStringList{QStringLiteral("-layout"), path, QStringLiteral("-")});
        out.rawPages << runProgram(QStringLiteral("pdftotext"), range + QStringList{QStringLiteral("-raw"), path, QStringLiteral("-")});
    }
    out.boxes = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), path, QStringLiteral("-")});
    return out;
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression number(QStringLiteral("^—\\s*\\d+\\s*—$"));
    return number.match(line.trimmed()).hasMatch();
}

// The page's text lines, without blank lines and without the page number.
QStringList bodyLines(const QString &page)
{
    QStringList lines;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        QString text = line.trimmed();
        // The page number may share the title's line in -layout output: drop it there too.
        text.remove(QRegularExpression(QStringLiteral("\\s*—\\s*\\d+\\s*—\\s*$")));
        if (!text.isEmpty() && !isPageNumber(text))
            lines << withoutWhiteSpace(text);
    }
    return lines;
}

// Every place where a line ends inside a figure with its unit ("2.73万人" / "次").
// notStarts: lines that begin so are no continuation (a repeated table header, "项目…").
QStringList splitFigures(const RenderedPdf &pdf, const QStringList &notStarts)
{
    QStringList lines;
    for (const QString &page : pdf.layoutPages)
        lines << bodyLines(page);
    QStringList units = UnitGlue::units();
    for (QString &unit : units)
        unit = QRegularExpression::escape(unit);
    const QRegularExpression figure(QStringLiteral("\\d+(?:\\.\\d+)?(?:%1)").arg(units.join(QLatin1Char('|'))));
    QStringList splits;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (std::any_of(notStarts.cbegin(), notStarts.cend(), [&](const QString &s) { return lines.at(i + 1).startsWith(s); }))
            continue;
        const QString before = lines.at(i).right(8);
        const QString joined = before + lines.at(i + 1).left(8);
        for (auto it = figure.globalMatch(joined); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedStart() < before.size() && match.capturedEnd() > before.size())
                splits << lines.at(i) + QStringLiteral(" / ") + lines.at(i + 1);
        }
    }
    return splits;
}

// A long report of the demo's kind: paragraphs dense with figures and units, headings
// between them at every offset, and a table of many rows.
Report syntheticReport()
{
    std::mt19937 random(20191231); // fixed seed: the same report each run
    const QStringList units = UnitGlue::units();
    const QStringList subjects{QStringLiteral("城镇新增就业"), QStringLiteral("组织职业技能鉴定"),
                               QStringLiteral("发放创业担保贷款"), QStringLiteral("增幅超年初预期目标"),
                               QStringLiteral("开发公益性岗位"), QStringLiteral("办结劳动保障监察案件")};
    auto figure = [&] {
        const int whole = int(random() % 3000);
        return random() % 2 ? QString::number(whole) : QStringLiteral("%1.%2").arg(whole).arg(random() % 99 + 1);
    };
    Report report;
    report.elements << ReportTitle{QStringLiteral("青禾市人力资源和社会保障局关于2019年度就业创业和社会保险工作情况的报告")};
    for (int section = 0; section < 9; ++section) {
        report.elements << ReportHeading{QStringLiteral("%1、第%1部分工作情况").arg(section + 1), 1};
        for (int paragraph = 0; paragraph < 3; ++paragraph) {
            if (paragraph == 1)
                report.elements << ReportHeading{QStringLiteral("（%1）分项工作").arg(paragraph), 2};
            // A filler of varying length moves the figures to every position in the line.
            QString text = QString(int(random() % 17), QChar(0x5168)); // 全…
            const int sentences = 4 + int(random() % 6);
            for (int i = 0; i < sentences; ++i)
                text += subjects.at(random() % subjects.size()) + figure() + units.at(random() % units.size())
                        + (i + 1 < sentences ? QStringLiteral("，") : QStringLiteral("。"));
            report.elements << ReportParagraph{text, {}};
        }
    }
    ReportTable table;
    table.caption = QStringLiteral("表1　分项指标一览");
    table.header = QStringList{QStringLiteral("项目名称"), QStringLiteral("计量单位"), QStringLiteral("本年完成")};
    table.columnWeights = {30, 20, 50};
    // Most rows wrap in their last cell only (as 依据 does in the demo): such a row must
    // still not be split by a page.
    for (int row = 0; row < 70; ++row)
        table.rows << QStringList{QStringLiteral("第%1项分项指标").arg(row + 1), units.at(row % units.size()),
                                  row % 5 == 4 ? figure()
                                               : figure() + QStringLiteral("，超额部分的一半，至多一个百分点，维持原目标不变")};
    report.elements << ReportParagraph{QStringLiteral("各项指标见表1。"), {}} << table
                    << ReportSignature{QStringLiteral("青禾市人力资源和社会保障局"), QStringLiteral("2019年12月20日")};
    return report;
}

QStringList headingTexts(const Report &report)
{
    QStringList headings;
    for (const ReportElement &element : report.elements) {
        if (const auto *heading = std::get_if<ReportHeading>(&element))
            headings << withoutWhiteSpace(heading->text);
        if (const auto *table = std::get_if<ReportTable>(&element); table && !table->caption.isEmpty())
            headings << withoutWhiteSpace(table->caption);
    }
    return headings;
}

// Justified body lines reach the block's right edge: every body-size line followed by a
// line of the same paragraph (one that starts at the block's left edge, not indented).
void expectJustified(const RenderedPdf &pdf)
{
    const double left = PdfRenderer::kLeftMm / 25.4 * 72.0;
    const double right = (PdfRenderer::kLeftMm + PdfRenderer::kBlockWidthMm) / 25.4 * 72.0;
    static const QRegularExpression line(QStringLiteral(
        "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">|</page>"));
    struct Box
    {
        double xMin, xMax, height;
        bool pageEnd;
    };
    QList<Box> boxes;
    for (auto it = line.globalMatch(pdf.boxes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).isEmpty())
            boxes << Box{0, 0, 0, true};
        else
            boxes << Box{m.captured(1).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble() - m.captured(2).toDouble(), false};
    }
    auto isBody = [](const Box &b) { return !b.pageEnd && b.height > 20.0 && b.height < 26.0; }; // 三号 lines
    int checked = 0;
    for (qsizetype i = 0; i + 1 < boxes.size(); ++i) {
        const Box &b = boxes.at(i);
        const Box &next = boxes.at(i + 1);
        if (!isBody(b) || !isBody(next) || std::abs(next.xMin - left) > 0.5)
            continue;
        ++checked;
        // Within half a millimetre (the justifier stops a quarter short, for Qt's breaker).
        EXPECT_NEAR(b.xMax, right, 1.4) << "line " << i << " ends short of the measure";
    }
    EXPECT_GE(checked, 10);
}

void expectTypography(const Report &report, const RenderedPdf &pdf)
{
    expectJustified(pdf);
    ASSERT_GE(pdf.layoutPages.size(), 2);
    QString all;
    for (const QString &page : pdf.layoutPages)
        all += page;

    // Figures and units are never split, and the glue leaves nothing in the text.
    QStringList headerStarts;
    for (const ReportElement &element : report.elements) {
        if (const auto *table = std::get_if<ReportTable>(&element); table && !table->header.isEmpty())
            headerStarts << withoutWhiteSpace(table->header.first());
    }
    const QStringList splits = splitFigures(pdf, headerStarts);
    EXPECT_TRUE(splits.isEmpty()) << qPrintable(splits.join(QLatin1Char('\n')));
    EXPECT_FALSE(all.contains(UnitGlue::kJoiner));
    for (const QChar c : all)
        ASSERT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "radical U+" << std::hex << int(c.unicode());

    // No page ends with a heading (or its first line) or a caption.
    const QStringList headings = headingTexts(report);
    for (int page = 0; page + 1 < pdf.layoutPages.size(); ++page) {
        const QStringList lines = bodyLines(pdf.layoutPages.at(page));
        ASSERT_FALSE(lines.isEmpty()) << "page " << page + 1 << " is empty";
        for (const QString &heading : headings)
            EXPECT_FALSE(heading.startsWith(lines.last())) << "page " << page + 1 << " ends with " << qPrintable(heading);
    }

    // The table's header row heads every page that holds one of its rows.
    for (const ReportElement &element : report.elements) {
        const auto *table = std::get_if<ReportTable>(&element);
        if (!table)
            continue;
        const QString header = withoutWhiteSpace(table->header.join(QString()));
        int pagesWithRows = 0;
        for (int page = 0; page < pdf.rawPages.size(); ++page) {
            const QString text = withoutWhiteSpace(pdf.rawPages.at(page));
            const bool holdsRows = std::any_of(table->rows.cbegin(), table->rows.cend(), [&](const QStringList &row) {
                return text.contains(withoutWhiteSpace(row.join(QString())));
            });
            if (!holdsRows)
                continue;
            ++pagesWithRows;
            EXPECT_TRUE(text.contains(header)) << "page " << page + 1 << " holds rows of the table but not its header";
        }
        EXPECT_GE(pagesWithRows, 1);
        // Each row whole on one page (-raw keeps a cell's lines together, cell after cell).
        for (const QStringList &row : table->rows) {
            const QString cells = withoutWhiteSpace(row.join(QString()));
            EXPECT_TRUE(std::any_of(pdf.rawPages.cbegin(), pdf.rawPages.cend(),
                                    [&](const QString &page) { return withoutWhiteSpace(page).contains(cells); }))
                << "row " << qPrintable(row.first()) << " is split between pages";
        }
    }

    // The title's lines: none under 40 % of another.
    const QStringList firstPage = bodyLines(pdf.layoutPages.first());
    QString title;
    for (const ReportElement &element : report.elements) {
        if (const auto *t = std::get_if<ReportTitle>(&element))
            title = withoutWhiteSpace(t->text);
    }
    QList<qsizetype> titleLines;
    QString seen;
    for (const QString &line : firstPage) {
        if (seen.size() >= title.size())
            break;
        seen += line;
        titleLines << line.size();
    }
    ASSERT_EQ(seen, title) << "the title does not open page 1 as its own lines";
    if (titleLines.size() > 1) {
        const auto [shortest, longest] = std::minmax_element(titleLines.cbegin(), titleLines.cend());
        EXPECT_GE(*shortest * 10, *longest * 4) << qPrintable(firstPage.mid(0, titleLines.size()).join(QLatin1Char('/')));
    }
    // The title, a blank grid line, then the body on the grid: 22 lines, at least 20 with text.
    EXPECT_GE(firstPage.size(), 20) << qPrintable(firstPage.join(QLatin1Char('\n')));
    EXPECT_LE(firstPage.size(), 21);
}

} // namespace

TEST(UnitGlue, JoinsAFigureToItsUnitAndTheUnitWithin)
{
    const QChar j = UnitGlue::kJoiner;
    EXPECT_EQ(UnitGlue::glue(QStringLiteral("鉴定2.73万人次，")),
              QStringLiteral("鉴定2.73") + j + QStringLiteral("万") + j + QStringLiteral("人") + j + QStringLiteral("次，"));
    EXPECT_EQ(UnitGlue::glue(QStringLiteral("超0.4个百分点")), QStringLiteral("超0.4") + j + QStringLiteral("个") + j
                                                                  + QStringLiteral("百") + j + QStringLiteral("分") + j
                                                                  + QStringLiteral("点"));
    EXPECT_EQ(UnitGlue::glue(QStringLiteral("率96.3%")), QStringLiteral("率96.3") + j + QStringLiteral("%"));
    // Only the unit: the word after it may still break from it.
    EXPECT_EQ(UnitGlue::glue(QStringLiteral("完成3家省级")), QStringLiteral("完成3") + j + QStringLiteral("家省级"));
    // Units without a figure, and figures without a unit, are left alone.
    EXPECT_EQ(UnitGlue::glue(QStringLiteral("人均万元户，2019年")), QStringLiteral("人均万元户，2019年"));
    const QString text = QStringLiteral("新增1.31万人，其中高技能人才3852人，8.5个、4.2个和3.6个百分点");
    EXPECT_EQ(UnitGlue::unglue(UnitGlue::glue(text)), text);
    EXPECT_EQ(UnitGlue::glue(text).count(j), 2 + 1 + 1 + 1 + 4);
}

TEST(TitleBreaker, BreaksAtAPhraseIntoBalancedLines)
{
    const QString title = QStringLiteral("青禾市人力资源和社会保障局关于2019年工作总结的报告");
    const QStringList lines = TitleBreaker::lines(title, 20);
    ASSERT_EQ(lines.size(), 2) << qPrintable(lines.join(QLatin1Char('/')));
    EXPECT_EQ(lines.join(QString()), title);
    EXPECT_TRUE(TitleBreaker::phraseEnds(title).contains(lines.first().size())) << qPrintable(lines.join(QLatin1Char('/')));
    EXPECT_GE(lines.at(0).size() * 10, lines.at(1).size() * 4);
    EXPECT_GE(lines.at(1).size() * 10, lines.at(0).size() * 4);
    for (const QString &line : lines)
        EXPECT_LE(line.size(), 20);
}

TEST(TitleBreaker, KeepsExplicitBreaksAndShortTitles)
{
    EXPECT_EQ(TitleBreaker::lines(QStringLiteral("青禾市人力资源和社会保障局\n2019年工作总结"), 20),
              (QStringList{QStringLiteral("青禾市人力资源和社会保障局"), QStringLiteral("2019年工作总结")}));
    EXPECT_EQ(TitleBreaker::lines(QStringLiteral("2019年工作总结"), 20), QStringList{QStringLiteral("2019年工作总结")});
}

TEST(TitleBreaker, NeverBreaksInsideAFigureOrBeforeAMark)
{
    // No phrase end fits: the break falls mid-word, but never inside 2019年 or before "，".
    const QString title = QStringLiteral("甲乙丙丁戊己庚辛壬癸2019年子丑寅卯辰巳午未申酉戌亥，天地玄黄宇宙");
    const QStringList lines = TitleBreaker::lines(title, 20);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.join(QString()), title);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_FALSE(lines.at(i).back().isDigit() && (lines.at(i + 1).front().isDigit() || lines.at(i + 1).front() == QChar(0x5E74)))
            << qPrintable(lines.join(QLatin1Char('/')));
        EXPECT_NE(lines.at(i + 1).front(), QChar(0xFF0C)) << qPrintable(lines.join(QLatin1Char('/')));
    }
}

TEST(CjkJustifier, SpreadsOnlyBetweenCjkCharacters)
{
    EXPECT_TRUE(CjkJustifier::isSpreadable(u'就', u'业'));
    EXPECT_TRUE(CjkJustifier::isSpreadable(u'业', u'，'));
    EXPECT_FALSE(CjkJustifier::isSpreadable(u'业', u'5'));
    EXPECT_FALSE(CjkJustifier::isSpreadable(u'4', u'万'));
    EXPECT_FALSE(CjkJustifier::isSpreadable(u'万', UnitGlue::kJoiner.unicode()));
    EXPECT_FALSE(CjkJustifier::isSpreadable(u'.', u'7'));
    // The two halves of a dash are one mark: a gap between them would break it in two.
    EXPECT_FALSE(CjkJustifier::isSpreadable(u'—', u'—'));
    EXPECT_TRUE(CjkJustifier::isSpreadable(u'—', u'就'));
}

TEST(ReportStyleResolve, TakesTheOfficialFacesWhenInstalled)
{
    const QStringList installed{QStringLiteral("方正小标宋简体"), QStringLiteral("仿宋_GB2312"), QStringLiteral("黑体"),
                                QStringLiteral("楷体_GB2312"), QStringLiteral("Noto Serif CJK SC")};
    const ResolvedStyle resolved = ReportStyle::resolve(FontChoice{}, installed);
    EXPECT_EQ(resolved.style.titleFamily, QStringLiteral("方正小标宋简体"));
    EXPECT_EQ(resolved.style.bodyFamily, QStringLiteral("仿宋_GB2312"));
    EXPECT_EQ(resolved.style.headingFamily, QStringLiteral("黑体"));
    EXPECT_EQ(resolved.style.subheadingFamily, QStringLiteral("楷体_GB2312"));
    EXPECT_TRUE(resolved.fallbacks.isEmpty());
    EXPECT_TRUE(resolved.summary().isEmpty());
}

TEST(ReportStyleResolve, FallsBackToThePackagedFacesAndSaysWhich)
{
    const QStringList installed{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                                QStringLiteral("AR PL UKai CN"), QStringLiteral("SimHei"), QStringLiteral("DejaVu Sans")};
    const ResolvedStyle resolved = ReportStyle::resolve(FontChoice{}, installed);
    EXPECT_EQ(resolved.style.titleFamily, QStringLiteral("Noto Serif CJK SC"));
    EXPECT_EQ(resolved.style.bodyFamily, QStringLiteral("Noto Serif CJK SC"));
    EXPECT_EQ(resolved.style.headingFamily, QStringLiteral("SimHei")); // 黑体 under its Latin name
    EXPECT_EQ(resolved.style.subheadingFamily, QStringLiteral("AR PL UKai CN"));
    ASSERT_EQ(resolved.fallbacks.size(), 3);
    EXPECT_EQ(resolved.fallbacks.at(0).used, QStringLiteral("Noto Serif CJK SC Bold"));
    EXPECT_EQ(resolved.fallbacks.at(1), (FontFallback{QStringLiteral("body"), QStringLiteral("仿宋_GB2312"),
                                                      QStringLiteral("Noto Serif CJK SC")}));
    EXPECT_EQ(resolved.fallbacks.at(2).used, QStringLiteral("AR PL UKai CN"));
    EXPECT_TRUE(resolved.summary().startsWith(QStringLiteral("Fonts: title 方正小标宋简体 not installed, used Noto Serif CJK SC Bold; body 仿宋_GB2312")))
        << qPrintable(resolved.summary());
}

TEST(ReportStyleResolve, AChosenFaceIsUsedIfInstalledElseToldAsTheFallback)
{
    const QStringList installed{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                                QStringLiteral("AR PL UKai CN"), QStringLiteral("FangSong")};
    FontChoice choice;
    choice.heading = QStringLiteral("noto serif cjk sc"); // names compare without case
    choice.body = QStringLiteral("华文仿宋");              // not installed: the official face stands in
    const ResolvedStyle resolved = ReportStyle::resolve(choice, installed);
    EXPECT_EQ(resolved.style.headingFamily, QStringLiteral("Noto Serif CJK SC"));
    EXPECT_EQ(resolved.style.bodyFamily, QStringLiteral("FangSong"));
    const auto body = std::find_if(resolved.fallbacks.cbegin(), resolved.fallbacks.cend(),
                                   [](const FontFallback &f) { return f.role == QStringLiteral("body"); });
    ASSERT_NE(body, resolved.fallbacks.cend());
    EXPECT_EQ(body->wanted, QStringLiteral("华文仿宋"));
    EXPECT_EQ(body->used, QStringLiteral("FangSong"));
    EXPECT_FALSE(std::any_of(resolved.fallbacks.cbegin(), resolved.fallbacks.cend(),
                             [](const FontFallback &f) { return f.role == QStringLiteral("heading 1"); }));
}

class Typography : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
};

TEST_F(Typography, TheDemoReport)
{
    TempDatabase db;
    ASSERT_TRUE(DemoBureau::install(db.db()).ok());
    static const Phrasebook book = Phrasebook::defaults();
    const Report report = ReportBuilder(book).build(ReportLoader::load(db.db(), {2019, 4}, {}));
    const RenderedPdf pdf = render(report, m_dir.path());
    expectTypography(report, pdf);
}

TEST_F(Typography, ALongReportDenseWithFiguresAndALongTable)
{
    const Report report = syntheticReport();
    const RenderedPdf pdf = render(report, m_dir.path());
    expectTypography(report, pdf);
    // The table spans pages, so its header is repeated (counted on the pages above).
    const QString header = withoutWhiteSpace(std::get<ReportTable>(report.elements.at(report.elements.size() - 2)).header.join(QString()));
    int headers = 0;
    for (const QString &page : pdf.rawPages)
        headers += withoutWhiteSpace(page).count(header);
    EXPECT_GE(headers, 2);
}

// The joiners that glue a figure to its unit have no glyph in the CJK faces: drawn, they
// would pull in a fallback face (DejaVu Sans here) as a fifth embedded font. They are left
// out when the lines are painted, so the prose embeds the report's four faces at most.
TEST_F(Typography, TheGlueBetweenFigureAndUnitEmbedsNoFallbackFace)
{
    Report report;
    report.elements << ReportTitle{QStringLiteral("青禾市人力资源和社会保障局2019年工作总结")}
                    << ReportHeading{QStringLiteral("一、主要指标完成情况"), 1}
                    << ReportHeading{QStringLiteral("（一）就业创业"), 2}
                    << ReportParagraph{QStringLiteral("全市城镇新增就业5.04万人，发放创业担保贷款8.24亿元，城镇登记失业率3.2%，"
                                                      "组织职业技能鉴定2.73万人次，增幅超年初预期目标0.5个百分点。"),
                                       {}};
    const QString path = m_dir.path() + QStringLiteral("/glue.pdf");
    QString error;
    ASSERT_TRUE(ReportExporter::write(report, ReportExporter::Format::Pdf, path, ReportStyle::defaults(), {}, &error))
        << qPrintable(error);
    const QStringList fonts = runProgram(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    EXPECT_GE(fonts.size(), 3) << qPrintable(fonts.join(QLatin1Char('\n')));
    EXPECT_LE(fonts.size(), 4) << qPrintable(fonts.join(QLatin1Char('\n')));
    const QString text = withoutWhiteSpace(runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("5.04万人"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("0.5个百分点"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(UnitGlue::kJoiner));
}

TEST_F(Typography, TheCommandLineTellsTheFontFallback)
{
    TempDatabase db;
    ASSERT_TRUE(DemoBureau::install(db.db()).ok());
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CliApp(outStream, errStream)
                         .run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), db.path(), QStringLiteral("report"),
                               QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("-o"), m_dir.path() + QStringLiteral("/r.pdf")});
    errStream.flush();
    EXPECT_EQ(code, 0) << qPrintable(err);
    const QString summary = ReportStyle::resolve(FontChoice{}).summary();
    if (summary.isEmpty()) {
        EXPECT_FALSE(err.contains(QStringLiteral("Fonts:"))) << qPrintable(err);
    } else {
        EXPECT_EQ(err.count(QStringLiteral("Fonts:")), 1) << qPrintable(err);
        EXPECT_TRUE(err.contains(summary)) << qPrintable(err);
    }
}
