#include "report/docxwriter.h"

#include "io/zipwriter.h"
#include "report/docxxml.h"
#include "report/officelayout.h"
#include "report/overloaded.h"
#include "report/xmltext.h"

#include <QDateTime>

#include <functional>

namespace zhibiao::DocxWriter {

namespace {

using namespace DocxXml;

void writeParagraph(QXmlStreamWriter &xml, const QString &styleId, const QString &text, const QString &lead = {})
{
    xml.writeStartElement(w, QStringLiteral("p"));
    xml.writeStartElement(w, QStringLiteral("pPr"));
    writeValue(xml, QStringLiteral("pStyle"), styleId);
    xml.writeEndElement();
    if (!lead.isEmpty())
        writeRun(xml, lead, QStringLiteral("Lead"));
    if (!text.isEmpty())
        writeRun(xml, text);
    xml.writeEndElement();
}

QList<int> gridTwips(const ReportTable &table)
{
    const qsizetype columns = table.header.size();
    double total = 0;
    QList<double> weights;
    for (qsizetype i = 0; i < columns; ++i) {
        weights << (i < table.columnWeights.size() && table.columnWeights.at(i) > 0 ? table.columnWeights.at(i) : 1);
        total += weights.last();
    }
    QList<int> widths;
    for (double weight : weights)
        widths << qRound(OfficeLayout::twips(PdfRenderer::kBlockWidthMm) * weight / total);
    return widths;
}

void writeBorders(QXmlStreamWriter &xml)
{
    xml.writeStartElement(w, QStringLiteral("tblBorders"));
    for (const QString &side : {QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"),
                                QStringLiteral("right"), QStringLiteral("insideH"), QStringLiteral("insideV")}) {
        xml.writeEmptyElement(w, side);
        xml.writeAttribute(w, QStringLiteral("val"), QStringLiteral("single"));
        xml.writeAttribute(w, QStringLiteral("sz"), QStringLiteral("4")); // eighths of a point
        xml.writeAttribute(w, QStringLiteral("space"), QStringLiteral("0"));
        xml.writeAttribute(w, QStringLiteral("color"), QStringLiteral("000000"));
    }
    xml.writeEndElement();
}

void writeRow(QXmlStreamWriter &xml, const QStringList &cells, const QList<int> &widths, bool header)
{
    xml.writeStartElement(w, QStringLiteral("tr"));
    xml.writeStartElement(w, QStringLiteral("trPr"));
    xml.writeEmptyElement(w, QStringLiteral("cantSplit"));
    if (header) // repeated at the top of every page the table runs onto
        xml.writeEmptyElement(w, QStringLiteral("tblHeader"));
    xml.writeEndElement();
    for (int column = 0; column < widths.size(); ++column) {
        xml.writeStartElement(w, QStringLiteral("tc"));
        xml.writeStartElement(w, QStringLiteral("tcPr"));
        xml.writeEmptyElement(w, QStringLiteral("tcW"));
        xml.writeAttribute(w, QStringLiteral("w"), QString::number(widths.at(column)));
        xml.writeAttribute(w, QStringLiteral("type"), QStringLiteral("dxa"));
        writeValue(xml, QStringLiteral("vAlign"), QStringLiteral("center"));
        xml.writeEndElement();
        const QString styleId = header        ? QStringLiteral("TableHeading")
                                : column == 0 ? QStringLiteral("TableText")
                                              : QStringLiteral("TableTextCentred");
        writeParagraph(xml, styleId, column < cells.size() ? cells.at(column) : QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeTable(QXmlStreamWriter &xml, const ReportTable &table)
{
    if (!table.caption.isEmpty())
        writeParagraph(xml, QStringLiteral("TableCaption"), table.caption);
    const QList<int> widths = gridTwips(table);
    xml.writeStartElement(w, QStringLiteral("tbl"));
    // w:tblPr in schema order: tblW, jc, tblInd, tblBorders, tblLayout, tblCellMar, tblLook.
    xml.writeStartElement(w, QStringLiteral("tblPr"));
    xml.writeEmptyElement(w, QStringLiteral("tblW"));
    xml.writeAttribute(w, QStringLiteral("w"), number(OfficeLayout::twips(PdfRenderer::kBlockWidthMm)));
    xml.writeAttribute(w, QStringLiteral("type"), QStringLiteral("dxa"));
    writeValue(xml, QStringLiteral("jc"), QStringLiteral("center"));
    writeBorders(xml);
    xml.writeEmptyElement(w, QStringLiteral("tblLayout"));
    xml.writeAttribute(w, QStringLiteral("type"), QStringLiteral("fixed"));
    xml.writeStartElement(w, QStringLiteral("tblCellMar"));
    for (const QString &side : {QStringLiteral("left"), QStringLiteral("right")}) {
        xml.writeEmptyElement(w, side);
        xml.writeAttribute(w, QStringLiteral("w"), number(OfficeLayout::twips(1.0)));
        xml.writeAttribute(w, QStringLiteral("type"), QStringLiteral("dxa"));
    }
    xml.writeEndElement();
    xml.writeEndElement(); // tblPr
    xml.writeStartElement(w, QStringLiteral("tblGrid"));
    for (int width : widths) {
        xml.writeEmptyElement(w, QStringLiteral("gridCol"));
        xml.writeAttribute(w, QStringLiteral("w"), QString::number(width));
    }
    xml.writeEndElement();
    writeRow(xml, table.header, widths, true);
    for (const QStringList &row : table.rows)
        writeRow(xml, row, widths, false);
    xml.writeEndElement(); // tbl
}

// w:sectPr in schema order: footerReference, pgSz, pgMar, pgNumType, cols.
void writeSection(QXmlStreamWriter &xml)
{
    xml.writeStartElement(w, QStringLiteral("sectPr"));
    for (const auto &[type, id] : {std::pair{QStringLiteral("default"), QStringLiteral("rIdFooterOdd")},
                                   std::pair{QStringLiteral("even"), QStringLiteral("rIdFooterEven")}}) {
        xml.writeEmptyElement(w, QStringLiteral("footerReference"));
        xml.writeAttribute(w, QStringLiteral("type"), type);
        xml.writeAttribute(r, QStringLiteral("id"), id);
    }
    xml.writeEmptyElement(w, QStringLiteral("pgSz"));
    xml.writeAttribute(w, QStringLiteral("w"), QStringLiteral("11906"));
    xml.writeAttribute(w, QStringLiteral("h"), QStringLiteral("16838"));
    xml.writeEmptyElement(w, QStringLiteral("pgMar"));
    xml.writeAttribute(w, QStringLiteral("top"), number(OfficeLayout::twips(PdfRenderer::kTopMm)));
    xml.writeAttribute(w, QStringLiteral("right"), number(OfficeLayout::twips(OfficeLayout::kRightMm)));
    xml.writeAttribute(w, QStringLiteral("bottom"), number(OfficeLayout::twips(OfficeLayout::kBottomMm)));
    xml.writeAttribute(w, QStringLiteral("left"), number(OfficeLayout::twips(PdfRenderer::kLeftMm)));
    xml.writeAttribute(w, QStringLiteral("header"), number(OfficeLayout::twips(15.0)));
    // From the page's bottom edge to the footer's: the number's line under the text block.
    xml.writeAttribute(w, QStringLiteral("footer"),
                       number(OfficeLayout::twips(OfficeLayout::kBottomMm - OfficeLayout::kFooterGapMm
                                                  - OfficeLayout::kFooterHeightMm)));
    xml.writeAttribute(w, QStringLiteral("gutter"), QStringLiteral("0"));
    xml.writeEmptyElement(w, QStringLiteral("pgNumType"));
    xml.writeAttribute(w, QStringLiteral("fmt"), QStringLiteral("decimal"));
    xml.writeAttribute(w, QStringLiteral("start"), QStringLiteral("1"));
    xml.writeEmptyElement(w, QStringLiteral("cols"));
    xml.writeAttribute(w, QStringLiteral("space"), QStringLiteral("425"));
    xml.writeEndElement();
}

QByteArray simpleXml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return data;
}

QByteArray contentTypesXml()
{
    return simpleXml([](QXmlStreamWriter &xml) {
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Types"));
        auto byExtension = [&](const QString &extension, const QString &type) {
            xml.writeEmptyElement(ns, QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), extension);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        byExtension(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        byExtension(QStringLiteral("xml"), QStringLiteral("application/xml"));
        const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        auto byPart = [&](const QString &part, const QString &type) {
            xml.writeEmptyElement(ns, QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), part);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        byPart(QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml"));
        byPart(QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml"));
        byPart(QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml"));
        byPart(QStringLiteral("/word/footer1.xml"), wml + QStringLiteral("footer+xml"));
        byPart(QStringLiteral("/word/footer2.xml"), wml + QStringLiteral("footer+xml"));
        byPart(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        xml.writeEndElement();
    });
}

QByteArray relationshipsXml(const QList<std::pair<QString, QString>> &targets)
{
    return simpleXml([&](QXmlStreamWriter &xml) {
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Relationships"));
        int number = 0;
        for (const auto &[type, target] : targets) {
            ++number;
            xml.writeEmptyElement(ns, QStringLiteral("Relationship"));
            const QString id = target == QLatin1String("footer1.xml")   ? QStringLiteral("rIdFooterOdd")
                               : target == QLatin1String("footer2.xml") ? QStringLiteral("rIdFooterEven")
                                                                        : QStringLiteral("rId%1").arg(number);
            xml.writeAttribute(QStringLiteral("Id"), id);
            xml.writeAttribute(QStringLiteral("Type"), type);
            xml.writeAttribute(QStringLiteral("Target"), target);
        }
        xml.writeEndElement();
    });
}

QByteArray settingsXml()
{
    return simpleXml([](QXmlStreamWriter &xml) {
        xml.writeNamespace(w, QStringLiteral("w"));
        xml.writeStartElement(w, QStringLiteral("settings"));
        xml.writeEmptyElement(w, QStringLiteral("zoom"));
        xml.writeAttribute(w, QStringLiteral("percent"), QStringLiteral("100"));
        writeValue(xml, QStringLiteral("defaultTabStop"), QStringLiteral("420"));
        // Odd and even pages have their own footer: the number on the outer side.
        xml.writeEmptyElement(w, QStringLiteral("evenAndOddHeaders"));
        writeValue(xml, QStringLiteral("characterSpacingControl"), QStringLiteral("compressPunctuation"));
        xml.writeEndElement();
    });
}

QByteArray coreXml(const Report &report)
{
    return simpleXml([&](QXmlStreamWriter &xml) {
        const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        xml.writeNamespace(cp, QStringLiteral("cp"));
        xml.writeNamespace(dc, QStringLiteral("dc"));
        xml.writeNamespace(dcterms, QStringLiteral("dcterms"));
        xml.writeNamespace(xsi, QStringLiteral("xsi"));
        xml.writeStartElement(cp, QStringLiteral("coreProperties"));
        for (const ReportElement &element : report.elements) {
            if (const auto *title = std::get_if<ReportTitle>(&element)) {
                xml.writeTextElement(dc, QStringLiteral("title"), xmlSafeText(title->text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
                break;
            }
        }
        xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Zhibiao"));
        xml.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("zh-CN"));
        xml.writeStartElement(dcterms, QStringLiteral("created"));
        xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

} // namespace

QByteArray documentXml(const Report &report)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeNamespace(r, QStringLiteral("r"));
    xml.writeStartElement(w, QStringLiteral("document"));
    xml.writeStartElement(w, QStringLiteral("body"));
    for (const ReportElement &element : report.elements) {
        std::visit(Overloaded{
                       [&](const ReportTitle &title) { writeParagraph(xml, QStringLiteral("Title"), title.text); },
                       [&](const ReportHeading &heading) {
                           writeParagraph(xml, heading.level == 1 ? QStringLiteral("Heading1") : QStringLiteral("Heading2"),
                                          heading.text);
                       },
                       [&](const ReportParagraph &paragraph) {
                           writeParagraph(xml, QStringLiteral("Body"), paragraph.text, paragraph.lead);
                       },
                       [&](const ReportTable &table) { writeTable(xml, table); },
                       [&](const ReportSignature &signature) {
                           // The empty line before the 落款, as in the PDF.
                           for (const QString &line : {QString(), signature.issuer, signature.date})
                               writeParagraph(xml, QStringLiteral("Signature"), line);
                       },
                   },
                   element);
    }
    // A document may not end with a table; and the section's properties close the body.
    if (!report.elements.isEmpty() && std::holds_alternative<ReportTable>(report.elements.last()))
        writeParagraph(xml, QStringLiteral("Body"), QString());
    writeSection(xml);
    xml.writeEndElement(); // w:body
    xml.writeEndElement(); // w:document
    xml.writeEndDocument();
    return data;
}

QByteArray write(const Report &report, const ReportStyle &style, QString *error)
{
    const QString officeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    const QByteArray packageRels = relationshipsXml(
        {{officeRel + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
         {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
          QStringLiteral("docProps/core.xml")}});
    const QByteArray documentRels = relationshipsXml({{officeRel + QStringLiteral("styles"), QStringLiteral("styles.xml")},
                                                      {officeRel + QStringLiteral("settings"), QStringLiteral("settings.xml")},
                                                      {officeRel + QStringLiteral("footer"), QStringLiteral("footer1.xml")},
                                                      {officeRel + QStringLiteral("footer"), QStringLiteral("footer2.xml")}});
    ZipWriter zip;
    const bool ok = zip.add(QStringLiteral("[Content_Types].xml"), contentTypesXml())
                    && zip.add(QStringLiteral("_rels/.rels"), packageRels)
                    && zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRels)
                    && zip.add(QStringLiteral("word/document.xml"), documentXml(report))
                    && zip.add(QStringLiteral("word/styles.xml"), stylesXml(style))
                    && zip.add(QStringLiteral("word/settings.xml"), settingsXml())
                    && zip.add(QStringLiteral("word/footer1.xml"), footerXml(QStringLiteral("right")))
                    && zip.add(QStringLiteral("word/footer2.xml"), footerXml(QStringLiteral("left")))
                    && zip.add(QStringLiteral("docProps/core.xml"), coreXml(report));
    QByteArray data = ok ? zip.finish() : QByteArray();
    if (data.isEmpty() && error)
        *error = QStringLiteral("the DOCX archive could not be written");
    return data;
}

} // namespace zhibiao::DocxWriter
