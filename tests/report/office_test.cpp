// The ODT and DOCX files: unpacked and their XML read back, for the properties that make
// them open as the printed report does (page, styles, page numbers, headings, tables) and
// for every word of the report, in order.
#include "io/demobureau.h"
#include "io/zipreader.h"
#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/reportbuilder.h"
#include "report/reportexporter.h"
#include "report/reportloader.h"
#include "report/textrenderer.h"
#include "testsupport.h"

#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

using test::TempDatabase;

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// One element as read: its namespace, name, attributes and the names of its ancestors.
struct Element
{
    QString ns;
    QString name;
    QXmlStreamAttributes attributes;
    QStringList path; // "ns|name" of the ancestors, outermost first
    QString attribute(const QString &attributeNs, const QString &attributeName) const
    {
        return attributes.value(attributeNs, attributeName).toString();
    }
};

struct ParsedXml
{
    QList<Element> elements;
    QString error;
    // The character data of the paragraphs (text:p/text:h or w:p), one string each.
    QStringList paragraphs;
};

ParsedXml parse(const QByteArray &data, const QString &paragraphNs, const QStringList &paragraphNames)
{
    ParsedXml result;
    QXmlStreamReader xml(data);
    QStringList path;
    int paragraphDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const bool paragraph = xml.namespaceUri() == paragraphNs && paragraphNames.contains(xml.name().toString());
            if (paragraph && paragraphDepth++ == 0)
                result.paragraphs << QString();
            if (paragraphDepth > 0 && xml.namespaceUri() == paragraphNs && xml.name() == QLatin1String("tab"))
                result.paragraphs.last() += QLatin1Char('\t');
            result.elements << Element{xml.namespaceUri().toString(), xml.name().toString(), xml.attributes(), path};
            path << xml.namespaceUri().toString() + QLatin1Char('|') + xml.name().toString();
        } else if (xml.isEndElement()) {
            path.removeLast();
            if (xml.namespaceUri() == paragraphNs && paragraphNames.contains(xml.name().toString()))
                --paragraphDepth;
        } else if (xml.isCharacters() && paragraphDepth > 0) {
            // Field instructions (" PAGE ") are not text of the page.
            if (path.last() != kW + QStringLiteral("|instrText"))
                result.paragraphs.last() += xml.text();
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

QList<Element> named(const ParsedXml &xml, const QString &ns, const QString &name)
{
    QList<Element> found;
    for (const Element &e : xml.elements)
        if (e.ns == ns && e.name == name)
            found << e;
    return found;
}

// The plain text's paragraphs (and a table line's cells) found one after the other in the
// written paragraphs; returns the first one missing or out of order, or an empty string.
QString firstMissing(const Report &report, const QStringList &paragraphs)
{
    const QString written = paragraphs.join(QLatin1Char('\n'));
    qsizetype from = 0;
    for (const QString &line : TextRenderer::plainText(report).split(QLatin1Char('\n'))) {
        for (const QString &piece : line.split(QLatin1Char('\t'))) {
            const QString words = piece.trimmed(); // also the indent's full-width spaces
            if (words.isEmpty())
                continue;
            const qsizetype at = written.indexOf(words, from);
            if (at < 0)
                return words;
            from = at + words.size();
        }
    }
    return {};
}

class OfficeReport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_db.db()).ok());
        static const Phrasebook book = Phrasebook::defaults();
        m_report = ReportBuilder(book).build(ReportLoader::load(m_db.db(), {2019, 4}, {}));
        ASSERT_TRUE(std::any_of(m_report.elements.cbegin(), m_report.elements.cend(),
                                [](const ReportElement &e) { return std::holds_alternative<ReportTable>(e); }));
    }
    QByteArray part(const QByteArray &archive, const QString &name)
    {
        const ZipReader zip(archive);
        const std::optional<QByteArray> bytes = zip.entry(name);
        EXPECT_TRUE(bytes.has_value()) << qPrintable(name);
        return bytes.value_or(QByteArray());
    }
    TempDatabase m_db;
    Report m_report;
    ReportStyle m_style = ReportStyle::defaults();
};

TEST_F(OfficeReport, OdtStartsWithAStoredMimetypeAndListsItsParts)
{
    const QByteArray odt = ReportExporter::render(m_report, ReportExporter::Format::Odt, m_style);
    const ZipReader zip(odt);
    ASSERT_TRUE(zip.isOpen());
    ASSERT_FALSE(zip.names().isEmpty());
    EXPECT_EQ(zip.names().first(), QStringLiteral("mimetype"));
    EXPECT_EQ(zip.isStored(QStringLiteral("mimetype")), true);
    EXPECT_EQ(zip.entry(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    const ParsedXml manifest = parse(part(odt, QStringLiteral("META-INF/manifest.xml")), {}, {});
    EXPECT_TRUE(manifest.error.isEmpty()) << qPrintable(manifest.error);
    QStringList listed;
    for (const Element &e : manifest.elements)
        if (e.name == QLatin1String("file-entry"))
            listed << e.attributes.value(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
                                         QStringLiteral("full-path")).toString();
    for (const QString &name : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml")}) {
        EXPECT_TRUE(listed.contains(name)) << qPrintable(name);
        EXPECT_TRUE(zip.names().contains(name)) << qPrintable(name);
    }
}

TEST_F(OfficeReport, OdtStylesHaveTheA4PageAFooterPageNumberAndCjkFaces)
{
    const QByteArray odt = ReportExporter::render(m_report, ReportExporter::Format::Odt, m_style);
    const ParsedXml styles = parse(part(odt, QStringLiteral("styles.xml")), kText, {QStringLiteral("p")});
    ASSERT_TRUE(styles.error.isEmpty()) << qPrintable(styles.error);

    const QList<Element> layouts = named(styles, kStyle, QStringLiteral("page-layout-properties"));
    ASSERT_EQ(layouts.size(), 1);
    EXPECT_EQ(layouts.first().attribute(kFo, QStringLiteral("page-width")), QStringLiteral("210.00mm"));
    EXPECT_EQ(layouts.first().attribute(kFo, QStringLiteral("page-height")), QStringLiteral("297.00mm"));
    EXPECT_EQ(layouts.first().attribute(kFo, QStringLiteral("margin-top")), QStringLiteral("37.00mm"));
    EXPECT_EQ(layouts.first().attribute(kFo, QStringLiteral("margin-left")), QStringLiteral("28.00mm"));

    // The page number inside the master page's footer, between dashes.
    const QList<Element> numbers = named(styles, kText, QStringLiteral("page-number"));
    ASSERT_FALSE(numbers.isEmpty());
    for (const Element &number : numbers)
        EXPECT_TRUE(number.path.contains(kStyle + QStringLiteral("|footer"))
                    || number.path.contains(kStyle + QStringLiteral("|footer-left")));
    EXPECT_TRUE(named(styles, kStyle, QStringLiteral("master-page")).size() == 1);
    EXPECT_TRUE(styles.paragraphs.contains(QStringLiteral("— 1 —"))) << qPrintable(styles.paragraphs.join(QLatin1Char('|')));

    // Body: a two-character first-line indent, a fixed line, the body face for CJK text.
    bool bodySeen = false;
    for (qsizetype i = 0; i < styles.elements.size(); ++i) {
        const Element &e = styles.elements.at(i);
        if (e.name != QLatin1String("style") || e.attribute(kStyle, QStringLiteral("name")) != QLatin1String("Body"))
            continue;
        bodySeen = true;
        const Element &paragraph = styles.elements.at(i + 1);
        const Element &text = styles.elements.at(i + 2);
        ASSERT_EQ(paragraph.name, QStringLiteral("paragraph-properties"));
        ASSERT_EQ(text.name, QStringLiteral("text-properties"));
        EXPECT_EQ(paragraph.attribute(kFo, QStringLiteral("text-indent")), QStringLiteral("%1pt").arg(2 * m_style.bodyPointSize, 0, 'f', 2));
        EXPECT_TRUE(paragraph.attribute(kFo, QStringLiteral("line-height")).endsWith(QStringLiteral("pt")));
        EXPECT_EQ(text.attribute(kStyle, QStringLiteral("font-name-asian")), m_style.bodyFamily);
        EXPECT_EQ(text.attribute(kStyle, QStringLiteral("font-size-asian")), QStringLiteral("16.00pt"));
    }
    EXPECT_TRUE(bodySeen);
    EXPECT_FALSE(odt.isEmpty());
}

TEST_F(OfficeReport, OdtContentHasOutlineHeadingsARepeatedTableHeaderAndAllTheText)
{
    const QByteArray odt = ReportExporter::render(m_report, ReportExporter::Format::Odt, m_style);
    const ParsedXml content = parse(part(odt, QStringLiteral("content.xml")), kText, {QStringLiteral("p"), QStringLiteral("h")});
    ASSERT_TRUE(content.error.isEmpty()) << qPrintable(content.error);

    QList<std::pair<QString, int>> expectedHeadings;
    for (const ReportElement &element : m_report.elements)
        if (const auto *heading = std::get_if<ReportHeading>(&element))
            expectedHeadings << std::pair{heading->text, heading->level};
    ASSERT_FALSE(expectedHeadings.isEmpty());
    const QList<Element> headings = named(content, kText, QStringLiteral("h"));
    ASSERT_EQ(headings.size(), expectedHeadings.size());
    for (qsizetype i = 0; i < headings.size(); ++i) {
        EXPECT_EQ(headings.at(i).attribute(kText, QStringLiteral("outline-level")), QString::number(expectedHeadings.at(i).second));
        EXPECT_EQ(headings.at(i).attribute(kText, QStringLiteral("style-name")),
                  expectedHeadings.at(i).second == 1 ? QStringLiteral("Heading_20_1") : QStringLiteral("Heading_20_2"));
    }
    // Every heading's paragraph holds the heading's words.
    for (const auto &[text, level] : expectedHeadings)
        EXPECT_TRUE(content.paragraphs.contains(text)) << qPrintable(text);

    const QList<Element> tables = named(content, kTable, QStringLiteral("table"));
    const QList<Element> headerRows = named(content, kTable, QStringLiteral("table-header-rows"));
    ASSERT_FALSE(tables.isEmpty());
    EXPECT_EQ(headerRows.size(), tables.size());
    for (const Element &row : named(content, kTable, QStringLiteral("table-row")))
        if (row.path.contains(kTable + QStringLiteral("|table-header-rows")))
            EXPECT_TRUE(row.path.last() == kTable + QStringLiteral("|table-header-rows"));
    // Column widths follow the weights: not all equal when the weights are not.
    const QList<Element> columns = named(content, kStyle, QStringLiteral("table-column-properties"));
    ASSERT_FALSE(columns.isEmpty());
    QSet<QString> widths;
    for (const Element &column : columns)
        widths.insert(column.attribute(kStyle, QStringLiteral("column-width")));
    EXPECT_GT(widths.size(), 1);
    bool bordered = false;
    for (const Element &cell : named(content, kStyle, QStringLiteral("table-cell-properties")))
        bordered = bordered || cell.attribute(kFo, QStringLiteral("border")).contains(QStringLiteral("solid"));
    EXPECT_TRUE(bordered);

    const QString missing = firstMissing(m_report, content.paragraphs);
    EXPECT_TRUE(missing.isEmpty()) << "not found in order: " << qPrintable(missing);
}

TEST_F(OfficeReport, OdtHasNoLetterSpacing)
{
    const QByteArray odt = ReportExporter::render(m_report, ReportExporter::Format::Odt, m_style);
    for (const QString &name : {QStringLiteral("content.xml"), QStringLiteral("styles.xml")}) {
        const ParsedXml xml = parse(part(odt, name), kText, {QStringLiteral("p")});
        ASSERT_TRUE(xml.error.isEmpty());
        ASSERT_FALSE(xml.elements.isEmpty());
        for (const Element &e : xml.elements)
            EXPECT_FALSE(e.attributes.hasAttribute(kFo, QStringLiteral("letter-spacing"))) << qPrintable(name + e.name);
    }
}

TEST_F(OfficeReport, TheTextCheckNoticesAMissingParagraph)
{
    // The order check itself: a report with a paragraph more than the written one fails it.
    Report longer = m_report;
    longer.elements << ReportParagraph{QStringLiteral("这一段不在文件里。"), {}};
    const ParsedXml content = parse(part(OdtWriter::write(m_report, m_style), QStringLiteral("content.xml")), kText,
                                    {QStringLiteral("p"), QStringLiteral("h")});
    EXPECT_EQ(firstMissing(longer, content.paragraphs), QStringLiteral("这一段不在文件里。"));
}

TEST_F(OfficeReport, DocxHasItsPartsAnA4SectionAPageFieldAndAllTheText)
{
    const QByteArray docx = ReportExporter::render(m_report, ReportExporter::Format::Docx, m_style);
    const ZipReader zip(docx);
    ASSERT_TRUE(zip.isOpen());
    for (const QString &name :
         {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"), QStringLiteral("word/_rels/document.xml.rels"),
          QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml"), QStringLiteral("word/footer1.xml"),
          QStringLiteral("word/settings.xml"), QStringLiteral("docProps/core.xml")}) {
        ASSERT_TRUE(zip.names().contains(name)) << qPrintable(name);
        const ParsedXml xml = parse(part(docx, name), kW, {QStringLiteral("p")});
        EXPECT_TRUE(xml.error.isEmpty()) << qPrintable(name) << ": " << qPrintable(xml.error);
    }

    const ParsedXml document = parse(part(docx, QStringLiteral("word/document.xml")), kW, {QStringLiteral("p")});
    const QList<Element> sizes = named(document, kW, QStringLiteral("pgSz"));
    ASSERT_EQ(sizes.size(), 1);
    EXPECT_EQ(sizes.first().attribute(kW, QStringLiteral("w")), QStringLiteral("11906"));
    EXPECT_EQ(sizes.first().attribute(kW, QStringLiteral("h")), QStringLiteral("16838"));
    EXPECT_TRUE(sizes.first().path.endsWith(kW + QStringLiteral("|sectPr")));
    const QList<Element> margins = named(document, kW, QStringLiteral("pgMar"));
    ASSERT_EQ(margins.size(), 1);
    EXPECT_EQ(margins.first().attribute(kW, QStringLiteral("top")), QStringLiteral("2098")); // 37 mm
    EXPECT_EQ(named(document, kW, QStringLiteral("pgNumType")).size(), 1);

    // Only the header rows repeat: one w:tblHeader per table, in each table's first row.
    const QList<Element> tables = named(document, kW, QStringLiteral("tbl"));
    const QList<Element> headers = named(document, kW, QStringLiteral("tblHeader"));
    ASSERT_FALSE(tables.isEmpty());
    EXPECT_EQ(headers.size(), tables.size());
    for (const Element &header : headers)
        EXPECT_TRUE(header.path.endsWith(kW + QStringLiteral("|trPr")));
    EXPECT_FALSE(named(document, kW, QStringLiteral("tblBorders")).isEmpty());
    QSet<QString> grid;
    for (const Element &column : named(document, kW, QStringLiteral("gridCol")))
        grid.insert(column.attribute(kW, QStringLiteral("w")));
    EXPECT_GT(grid.size(), 1);

    const QString missing = firstMissing(m_report, document.paragraphs);
    EXPECT_TRUE(missing.isEmpty()) << "not found in order: " << qPrintable(missing);

    const ParsedXml footer = parse(part(docx, QStringLiteral("word/footer1.xml")), kW, {QStringLiteral("p")});
    bool pageField = false;
    for (const Element &e : named(footer, kW, QStringLiteral("instrText")))
        pageField = true, (void)e;
    EXPECT_TRUE(pageField);
    EXPECT_TRUE(footer.paragraphs.contains(QStringLiteral("— 1 —"))) << qPrintable(footer.paragraphs.join(QLatin1Char('|')));
}

TEST_F(OfficeReport, DocxStylesHaveEastAsianFacesTheExactPitchAndATwoCharacterIndent)
{
    const QByteArray docx = ReportExporter::render(m_report, ReportExporter::Format::Docx, m_style);
    const ParsedXml styles = parse(part(docx, QStringLiteral("word/styles.xml")), kW, {QStringLiteral("p")});
    ASSERT_TRUE(styles.error.isEmpty());
    QStringList ids;
    for (const Element &style : named(styles, kW, QStringLiteral("style")))
        ids << style.attribute(kW, QStringLiteral("styleId"));
    for (const QString &id : {QStringLiteral("Title"), QStringLiteral("Heading1"), QStringLiteral("Heading2"),
                              QStringLiteral("Body"), QStringLiteral("Signature")})
        EXPECT_TRUE(ids.contains(id)) << qPrintable(id);
    // The Body style's own properties, from its w:style to the next.
    bool inBody = false, indented = false, exact = false, eastAsian = false;
    for (const Element &e : styles.elements) {
        if (e.name == QLatin1String("style"))
            inBody = e.attribute(kW, QStringLiteral("styleId")) == QLatin1String("Body");
        if (!inBody)
            continue;
        indented = indented || (e.name == QLatin1String("ind") && e.attribute(kW, QStringLiteral("firstLineChars")) == QLatin1String("200"));
        exact = exact || (e.name == QLatin1String("spacing") && e.attribute(kW, QStringLiteral("lineRule")) == QLatin1String("exact"));
        eastAsian = eastAsian || (e.name == QLatin1String("rFonts") && e.attribute(kW, QStringLiteral("eastAsia")) == m_style.bodyFamily);
    }
    EXPECT_TRUE(indented);
    EXPECT_TRUE(exact);
    EXPECT_TRUE(eastAsian);
}

// Pasted control characters have no form in XML 1.0: dropped, and every part still parses.
TEST_F(OfficeReport, ControlCharactersLeaveBothFormatsWellFormed)
{
    QString pasted = QStringLiteral("第一行");
    pasted += QChar(0x0B);
    pasted += QStringLiteral("第二行");
    pasted += QChar(0x01);
    pasted += QChar(0x1B);
    pasted += QStringLiteral("完");
    Report r;
    r.elements << ReportTitle{pasted} << ReportHeading{pasted, 2} << ReportParagraph{pasted, pasted}
               << ReportTable{{pasted}, {{pasted}}, pasted, {}} << ReportSignature{pasted, pasted};
    const QByteArray odt = OdtWriter::write(r, m_style);
    const QByteArray docx = DocxWriter::write(r, m_style);
    for (const auto &[archive, name] : {std::pair{odt, QStringLiteral("content.xml")}, std::pair{odt, QStringLiteral("meta.xml")},
                                        std::pair{docx, QStringLiteral("word/document.xml")},
                                        std::pair{docx, QStringLiteral("docProps/core.xml")}}) {
        const ParsedXml xml = parse(part(archive, name), name.startsWith(QStringLiteral("word")) ? kW : kText,
                                    {QStringLiteral("p"), QStringLiteral("h")});
        EXPECT_TRUE(xml.error.isEmpty()) << qPrintable(name) << ": " << qPrintable(xml.error);
        if (name == QLatin1String("content.xml") || name == QLatin1String("word/document.xml")) {
            EXPECT_TRUE(xml.paragraphs.join(QString()).contains(QStringLiteral("第二行完"))) << qPrintable(name);
        }
    }
}

// Word rejects a w:pPr whose children are out of the schema's order; the writer puts them
// as ECMA-376 lists them.
TEST_F(OfficeReport, DocxParagraphPropertiesFollowTheSchemaOrder)
{
    const QStringList order{QStringLiteral("pStyle"), QStringLiteral("keepNext"), QStringLiteral("spacing"),
                            QStringLiteral("ind"), QStringLiteral("jc"), QStringLiteral("outlineLvl"), QStringLiteral("rPr")};
    const QByteArray docx = ReportExporter::render(m_report, ReportExporter::Format::Docx, m_style);
    for (const QString &name : {QStringLiteral("word/styles.xml"), QStringLiteral("word/document.xml"), QStringLiteral("word/footer1.xml")}) {
        const ParsedXml xml = parse(part(docx, name), kW, {QStringLiteral("p")});
        qsizetype last = -1;
        for (const Element &e : xml.elements) {
            if (e.name == QLatin1String("pPr")) {
                last = -1;
                continue;
            }
            if (e.path.isEmpty() || e.path.last() != kW + QStringLiteral("|pPr"))
                continue;
            const qsizetype at = order.indexOf(e.name);
            ASSERT_GE(at, 0) << qPrintable(e.name);
            EXPECT_GT(at, last) << qPrintable(name + QLatin1Char(' ') + e.name);
            last = at;
        }
    }
}

} // namespace
} // namespace zhibiao
