// word/styles.xml, the footers and word/settings.xml of the DOCX.
#include "report/docxwriter.h"

#include "report/docxxml.h"
#include "report/officelayout.h"

namespace zhibiao::DocxWriter {

namespace {

using namespace DocxXml;

struct ParagraphLook
{
    QString id;
    QString name;
    QString family;
    double pointSize = 16.0;
    bool bold = false;
    QString align = QStringLiteral("both");
    bool indent = false;      // two characters on the first line
    double lineTwips = 0;     // exact; 0: single
    double afterTwips = 0;
    int outlineLevel = -1;    // 0: Heading 1
    bool keepNext = false;
};

void writeParagraphStyle(QXmlStreamWriter &xml, const ParagraphLook &look, double bodyPointSize)
{
    xml.writeStartElement(w, QStringLiteral("style"));
    xml.writeAttribute(w, QStringLiteral("type"), QStringLiteral("paragraph"));
    xml.writeAttribute(w, QStringLiteral("styleId"), look.id);
    writeValue(xml, QStringLiteral("name"), look.name);
    if (look.id != QLatin1String("Body"))
        writeValue(xml, QStringLiteral("basedOn"), QStringLiteral("Body"));
    writeValue(xml, QStringLiteral("next"), QStringLiteral("Body"));
    xml.writeEmptyElement(w, QStringLiteral("qFormat"));
    // w:pPr in schema order: keepNext, spacing, ind, jc, outlineLvl.
    xml.writeStartElement(w, QStringLiteral("pPr"));
    if (look.keepNext)
        xml.writeEmptyElement(w, QStringLiteral("keepNext"));
    xml.writeEmptyElement(w, QStringLiteral("spacing"));
    xml.writeAttribute(w, QStringLiteral("before"), QStringLiteral("0"));
    xml.writeAttribute(w, QStringLiteral("after"), number(look.afterTwips));
    if (look.lineTwips > 0) {
        xml.writeAttribute(w, QStringLiteral("line"), number(look.lineTwips));
        xml.writeAttribute(w, QStringLiteral("lineRule"), QStringLiteral("exact"));
    } else {
        xml.writeAttribute(w, QStringLiteral("line"), QStringLiteral("240"));
        xml.writeAttribute(w, QStringLiteral("lineRule"), QStringLiteral("auto"));
    }
    xml.writeEmptyElement(w, QStringLiteral("ind"));
    xml.writeAttribute(w, QStringLiteral("left"), QStringLiteral("0"));
    xml.writeAttribute(w, QStringLiteral("right"), QStringLiteral("0"));
    xml.writeAttribute(w, QStringLiteral("firstLineChars"), look.indent ? QStringLiteral("200") : QStringLiteral("0"));
    xml.writeAttribute(w, QStringLiteral("firstLine"), look.indent ? number(2 * bodyPointSize * 20) : QStringLiteral("0"));
    writeValue(xml, QStringLiteral("jc"), look.align);
    if (look.outlineLevel >= 0)
        writeValue(xml, QStringLiteral("outlineLvl"), QString::number(look.outlineLevel));
    xml.writeEndElement();
    // w:rPr in schema order: rFonts, b, bCs, sz, szCs.
    xml.writeStartElement(w, QStringLiteral("rPr"));
    writeFonts(xml, look.family);
    writeValue(xml, QStringLiteral("b"), look.bold ? QStringLiteral("1") : QStringLiteral("0"));
    writeValue(xml, QStringLiteral("bCs"), look.bold ? QStringLiteral("1") : QStringLiteral("0"));
    writeSize(xml, look.pointSize);
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray stylesXml(const ReportStyle &style)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeStartElement(w, QStringLiteral("styles"));

    xml.writeStartElement(w, QStringLiteral("docDefaults"));
    xml.writeStartElement(w, QStringLiteral("rPrDefault"));
    xml.writeStartElement(w, QStringLiteral("rPr"));
    writeFonts(xml, style.bodyFamily);
    writeSize(xml, style.bodyPointSize);
    xml.writeEmptyElement(w, QStringLiteral("lang"));
    xml.writeAttribute(w, QStringLiteral("val"), QStringLiteral("en-US"));
    xml.writeAttribute(w, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(w, QStringLiteral("pPrDefault"));
    xml.writeEmptyElement(w, QStringLiteral("pPr"));
    xml.writeEndElement();
    xml.writeEndElement(); // docDefaults

    const double pitch = OfficeLayout::kLinePitchTwips;
    const double body = style.bodyPointSize;
    ParagraphLook look{QStringLiteral("Body"), QStringLiteral("Body"), style.bodyFamily, body};
    look.indent = true;
    look.lineTwips = pitch;
    writeParagraphStyle(xml, look, body);
    ParagraphLook title{QStringLiteral("Title"), QStringLiteral("Title"), style.titleFamily, style.titlePointSize,
                        true, QStringLiteral("center")};
    title.lineTwips = 1.6 * style.titlePointSize * 20;
    title.afterTwips = pitch;
    writeParagraphStyle(xml, title, body);
    ParagraphLook heading1 = look;
    heading1.id = QStringLiteral("Heading1");
    heading1.name = QStringLiteral("heading 1");
    heading1.family = style.headingFamily;
    heading1.outlineLevel = 0;
    heading1.keepNext = true;
    writeParagraphStyle(xml, heading1, body);
    ParagraphLook heading2 = heading1;
    heading2.id = QStringLiteral("Heading2");
    heading2.name = QStringLiteral("heading 2");
    heading2.family = style.subheadingFamily;
    heading2.outlineLevel = 1;
    writeParagraphStyle(xml, heading2, body);
    ParagraphLook signature = look;
    signature.id = signature.name = QStringLiteral("Signature");
    signature.indent = false;
    signature.align = QStringLiteral("right");
    writeParagraphStyle(xml, signature, body);
    ParagraphLook caption{QStringLiteral("TableCaption"), QStringLiteral("Table Caption"), style.headingFamily,
                          style.tablePointSize + 1.5, false, QStringLiteral("center")};
    caption.lineTwips = pitch;
    caption.keepNext = true;
    writeParagraphStyle(xml, caption, body);
    ParagraphLook cell{QStringLiteral("TableText"), QStringLiteral("Table Text"), style.bodyFamily,
                       style.tablePointSize, false, QStringLiteral("left")};
    writeParagraphStyle(xml, cell, body);
    ParagraphLook centred = cell;
    centred.id = QStringLiteral("TableTextCentred");
    centred.name = QStringLiteral("Table Text Centred");
    centred.align = QStringLiteral("center");
    writeParagraphStyle(xml, centred, body);
    ParagraphLook head = centred;
    head.id = QStringLiteral("TableHeading");
    head.name = QStringLiteral("Table Heading");
    head.bold = true;
    writeParagraphStyle(xml, head, body);
    ParagraphLook footer{QStringLiteral("Footer"), QStringLiteral("footer"), style.titleFamily,
                         OfficeLayout::kPageNumberPointSize, false, QStringLiteral("right")};
    footer.lineTwips = OfficeLayout::twips(OfficeLayout::kFooterHeightMm); // the footer's own height
    writeParagraphStyle(xml, footer, body);

    // The run-in lead of a paragraph, in the subheading face.
    xml.writeStartElement(w, QStringLiteral("style"));
    xml.writeAttribute(w, QStringLiteral("type"), QStringLiteral("character"));
    xml.writeAttribute(w, QStringLiteral("styleId"), QStringLiteral("Lead"));
    writeValue(xml, QStringLiteral("name"), QStringLiteral("Lead"));
    xml.writeStartElement(w, QStringLiteral("rPr"));
    writeFonts(xml, style.subheadingFamily);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement(); // w:styles
    xml.writeEndDocument();
    return data;
}

QByteArray footerXml(const QString &alignment)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeStartElement(w, QStringLiteral("ftr"));
    xml.writeStartElement(w, QStringLiteral("p"));
    xml.writeStartElement(w, QStringLiteral("pPr"));
    writeValue(xml, QStringLiteral("pStyle"), QStringLiteral("Footer"));
    writeValue(xml, QStringLiteral("jc"), alignment);
    xml.writeEndElement();
    writeRun(xml, QStringLiteral("— "));
    // The PAGE field as a complex field: begin, instruction, separate, shown value, end.
    auto fieldChar = [&](const QString &type) {
        xml.writeStartElement(w, QStringLiteral("r"));
        xml.writeEmptyElement(w, QStringLiteral("fldChar"));
        xml.writeAttribute(w, QStringLiteral("fldCharType"), type);
        xml.writeEndElement();
    };
    fieldChar(QStringLiteral("begin"));
    xml.writeStartElement(w, QStringLiteral("r"));
    xml.writeStartElement(w, QStringLiteral("instrText"));
    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    xml.writeCharacters(QStringLiteral(" PAGE "));
    xml.writeEndElement();
    xml.writeEndElement();
    fieldChar(QStringLiteral("separate"));
    writeRun(xml, QStringLiteral("1"));
    fieldChar(QStringLiteral("end"));
    writeRun(xml, QStringLiteral(" —"));
    xml.writeEndElement(); // w:p
    xml.writeEndElement(); // w:ftr
    xml.writeEndDocument();
    return data;
}

} // namespace zhibiao::DocxWriter
