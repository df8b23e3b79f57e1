#include "report/odtwriter.h"

#include "io/zipwriter.h"
#include "report/odtxml.h"
#include "report/officelayout.h"
#include "report/overloaded.h"
#include "report/xmltext.h"

#include <QDateTime>

namespace zhibiao::OdtWriter {

namespace {

using namespace OdtXml;

QList<double> columnWidthsMm(const ReportTable &table)
{
    const qsizetype columns = table.header.size();
    QList<double> weights;
    for (qsizetype i = 0; i < columns; ++i)
        weights << (i < table.columnWeights.size() && table.columnWeights.at(i) > 0 ? table.columnWeights.at(i) : 1);
    double total = 0;
    for (double w : weights)
        total += w;
    QList<double> widths;
    for (double w : weights)
        widths << PdfRenderer::kBlockWidthMm * w / total;
    return widths;
}

void writeParagraph(QXmlStreamWriter &xml, const QString &element, const QString &styleName, const QString &words)
{
    xml.writeStartElement(text, element);
    xml.writeAttribute(text, QStringLiteral("style-name"), styleName);
    writeText(xml, words);
    xml.writeEndElement();
}

// The automatic styles of each table: its width, its columns', its cells' borders.
void writeTableStyles(QXmlStreamWriter &xml, const Report &report)
{
    int number = 0;
    for (const ReportElement &element : report.elements) {
        const auto *reportTable = std::get_if<ReportTable>(&element);
        if (!reportTable)
            continue;
        ++number;
        const QString name = QStringLiteral("Table%1").arg(number);
        xml.writeStartElement(style, QStringLiteral("style"));
        xml.writeAttribute(style, QStringLiteral("name"), name);
        xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table"));
        xml.writeEmptyElement(style, QStringLiteral("table-properties"));
        xml.writeAttribute(style, QStringLiteral("width"), mm(PdfRenderer::kBlockWidthMm));
        xml.writeAttribute(table, QStringLiteral("align"), QStringLiteral("center"));
        xml.writeAttribute(table, QStringLiteral("border-model"), QStringLiteral("collapsing"));
        xml.writeEndElement();
        const QList<double> widths = columnWidthsMm(*reportTable);
        for (int column = 0; column < widths.size(); ++column) {
            xml.writeStartElement(style, QStringLiteral("style"));
            xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("%1.C%2").arg(name).arg(column + 1));
            xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(style, QStringLiteral("table-column-properties"));
            // Absolute widths only: LibreOffice 7.4 lays the columns out by content when
            // style:rel-column-width is given as well.
            xml.writeAttribute(style, QStringLiteral("column-width"), mm(widths.at(column)));
            xml.writeEndElement();
        }
    }
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Cell"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(style, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(fo, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
    // As the DOCX's cell margins: room at the sides, the rows as tight as the text.
    xml.writeAttribute(fo, QStringLiteral("padding-left"), mm(1.0));
    xml.writeAttribute(fo, QStringLiteral("padding-right"), mm(1.0));
    xml.writeAttribute(fo, QStringLiteral("padding-top"), mm(0.2));
    xml.writeAttribute(fo, QStringLiteral("padding-bottom"), mm(0.2));
    xml.writeAttribute(style, QStringLiteral("vertical-align"), QStringLiteral("middle"));
    xml.writeEndElement();
}

void writeRow(QXmlStreamWriter &xml, const QStringList &cells, int columns, bool header)
{
    xml.writeStartElement(table, QStringLiteral("table-row"));
    for (int column = 0; column < columns; ++column) {
        xml.writeStartElement(table, QStringLiteral("table-cell"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("Cell"));
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
        const QString paragraphStyle = header        ? QStringLiteral("Table_20_Heading")
                                       : column == 0 ? QStringLiteral("Table_20_Contents")
                                                     : QStringLiteral("Table_20_Contents_20_Centred");
        writeParagraph(xml, QStringLiteral("p"), paragraphStyle, column < cells.size() ? cells.at(column) : QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeTable(QXmlStreamWriter &xml, const ReportTable &reportTable, int number)
{
    if (!reportTable.caption.isEmpty())
        writeParagraph(xml, QStringLiteral("p"), QStringLiteral("Table_20_Caption"), reportTable.caption);
    const QString name = QStringLiteral("Table%1").arg(number);
    const int columns = static_cast<int>(reportTable.header.size());
    xml.writeStartElement(table, QStringLiteral("table"));
    xml.writeAttribute(table, QStringLiteral("name"), name);
    xml.writeAttribute(table, QStringLiteral("style-name"), name);
    for (int column = 0; column < columns; ++column) {
        xml.writeEmptyElement(table, QStringLiteral("table-column"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(column + 1));
    }
    // Repeated at the top of every page the table runs onto.
    xml.writeStartElement(table, QStringLiteral("table-header-rows"));
    writeRow(xml, reportTable.header, columns, true);
    xml.writeEndElement();
    for (const QStringList &row : reportTable.rows)
        writeRow(xml, row, columns, false);
    xml.writeEndElement();
}

QByteArray manifestXml()
{
    const QString manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeNamespace(manifest, QStringLiteral("manifest"));
    xml.writeStartElement(manifest, QStringLiteral("manifest"));
    xml.writeAttribute(manifest, QStringLiteral("version"), QStringLiteral("1.2"));
    auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(manifest, QStringLiteral("file-entry"));
        xml.writeAttribute(manifest, QStringLiteral("full-path"), path);
        if (path == QLatin1String("/"))
            xml.writeAttribute(manifest, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeAttribute(manifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const QString &part : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml")})
        entry(part, QStringLiteral("text/xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

QByteArray metaXml(const Report &report)
{
    const QString meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(meta, QStringLiteral("meta"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeStartElement(office, QStringLiteral("document-meta"));
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(office, QStringLiteral("meta"));
    xml.writeTextElement(meta, QStringLiteral("generator"), QStringLiteral("Zhibiao"));
    for (const ReportElement &element : report.elements) {
        if (const auto *title = std::get_if<ReportTitle>(&element)) {
            xml.writeTextElement(dc, QStringLiteral("title"), xmlSafeText(title->text));
            break;
        }
    }
    xml.writeTextElement(meta, QStringLiteral("creation-date"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("zh-CN"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

} // namespace

QByteArray contentXml(const Report &report, const ReportStyle &reportStyle)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeStartElement(office, QStringLiteral("document-content"));
    declareNamespaces(xml);
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    writeFontFaces(xml, reportStyle);
    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    writeTableStyles(xml, report);
    xml.writeEndElement();

    xml.writeStartElement(office, QStringLiteral("body"));
    xml.writeStartElement(office, QStringLiteral("text"));
    int tables = 0;
    for (const ReportElement &element : report.elements) {
        std::visit(Overloaded{
                       [&](const ReportTitle &title) { writeParagraph(xml, QStringLiteral("p"), QStringLiteral("Title"), title.text); },
                       [&](const ReportHeading &heading) {
                           xml.writeStartElement(text, QStringLiteral("h"));
                           xml.writeAttribute(text, QStringLiteral("style-name"),
                                              heading.level == 1 ? QStringLiteral("Heading_20_1") : QStringLiteral("Heading_20_2"));
                           xml.writeAttribute(text, QStringLiteral("outline-level"), QString::number(heading.level));
                           writeText(xml, heading.text);
                           xml.writeEndElement();
                       },
                       [&](const ReportParagraph &paragraph) {
                           xml.writeStartElement(text, QStringLiteral("p"));
                           xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Body"));
                           if (!paragraph.lead.isEmpty()) {
                               xml.writeStartElement(text, QStringLiteral("span"));
                               xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Lead"));
                               writeText(xml, paragraph.lead);
                               xml.writeEndElement();
                           }
                           writeText(xml, paragraph.text);
                           xml.writeEndElement();
                       },
                       [&](const ReportTable &table) { writeTable(xml, table, ++tables); },
                       [&](const ReportSignature &signature) {
                           // The empty line before the 落款, as in the PDF.
                           for (const QString &line : {QString(), signature.issuer, signature.date})
                               writeParagraph(xml, QStringLiteral("p"), QStringLiteral("Signature"), line);
                       },
                   },
                   element);
    }
    xml.writeEndElement(); // office:text
    xml.writeEndElement(); // office:body
    xml.writeEndElement(); // office:document-content
    xml.writeEndDocument();
    return data;
}

QByteArray write(const Report &report, const ReportStyle &style, QString *error)
{
    ZipWriter zip;
    const bool ok = zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", ZipWriter::Method::Stored)
                    && zip.add(QStringLiteral("content.xml"), contentXml(report, style))
                    && zip.add(QStringLiteral("styles.xml"), stylesXml(style))
                    && zip.add(QStringLiteral("meta.xml"), metaXml(report))
                    && zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    QByteArray data = ok ? zip.finish() : QByteArray();
    if (data.isEmpty() && error)
        *error = QStringLiteral("the ODT archive could not be written");
    return data;
}

} // namespace zhibiao::OdtWriter
