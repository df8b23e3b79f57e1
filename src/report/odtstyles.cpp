// styles.xml of the ODT: the named styles, the A4 page layout and the footer.
#include "report/odtwriter.h"

#include "report/officelayout.h"
#include "report/odtxml.h"

namespace zhibiao::OdtWriter {

namespace {

using namespace OdtXml;

struct ParagraphLook
{
    QString name;
    QString displayName;
    QString family;
    double pointSize = 16.0;
    bool bold = false;
    QString align = QStringLiteral("justify");
    double indentPt = 0;
    double lineHeightPt = 0; // 0: the font's own
    double spaceAfterPt = 0;
    int outlineLevel = 0;
    bool keepWithNext = false;
};

void writeParagraphStyle(QXmlStreamWriter &xml, const ParagraphLook &look)
{
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), look.name);
    xml.writeAttribute(style, QStringLiteral("display-name"), look.displayName);
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (look.outlineLevel > 0)
        xml.writeAttribute(style, QStringLiteral("default-outline-level"), QString::number(look.outlineLevel));
    xml.writeEmptyElement(style, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(fo, QStringLiteral("text-align"), look.align);
    xml.writeAttribute(fo, QStringLiteral("text-indent"), pt(look.indentPt));
    xml.writeAttribute(fo, QStringLiteral("margin-left"), pt(0));
    xml.writeAttribute(fo, QStringLiteral("margin-right"), pt(0));
    xml.writeAttribute(fo, QStringLiteral("margin-top"), pt(0));
    xml.writeAttribute(fo, QStringLiteral("margin-bottom"), pt(look.spaceAfterPt));
    // A length is a fixed line height: every line on the 22-line grid, as in the PDF.
    if (look.lineHeightPt > 0)
        xml.writeAttribute(fo, QStringLiteral("line-height"), pt(look.lineHeightPt));
    if (look.keepWithNext)
        xml.writeAttribute(fo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    writeTextProperties(xml, look.family, look.pointSize, look.bold);
    xml.writeEndElement();
}

void writeTextStyle(QXmlStreamWriter &xml, const QString &name, const QString &family, double pointSize)
{
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), name);
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("text"));
    writeTextProperties(xml, family, pointSize);
    xml.writeEndElement();
}

void writeFooter(QXmlStreamWriter &xml, const QString &element, const QString &paragraphStyle)
{
    xml.writeStartElement(style, element);
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), paragraphStyle);
    xml.writeCharacters(QStringLiteral("— "));
    xml.writeStartElement(text, QStringLiteral("page-number"));
    xml.writeAttribute(text, QStringLiteral("select-page"), QStringLiteral("current"));
    xml.writeCharacters(QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeCharacters(QStringLiteral(" —"));
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray stylesXml(const ReportStyle &reportStyle)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument();
    xml.writeStartElement(office, QStringLiteral("document-styles"));
    declareNamespaces(xml);
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    writeFontFaces(xml, reportStyle);

    xml.writeStartElement(office, QStringLiteral("styles"));
    xml.writeStartElement(style, QStringLiteral("default-style"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("paragraph"));
    writeTextProperties(xml, reportStyle.bodyFamily, reportStyle.bodyPointSize);
    xml.writeEndElement();

    const double body = reportStyle.bodyPointSize;
    const double pitch = OfficeLayout::kLinePitchPt;
    ParagraphLook look{QStringLiteral("Body"), QStringLiteral("Body"), reportStyle.bodyFamily, body};
    look.indentPt = 2 * body;
    look.lineHeightPt = pitch;
    writeParagraphStyle(xml, look);
    ParagraphLook heading1 = look;
    heading1.name = QStringLiteral("Heading_20_1");
    heading1.displayName = QStringLiteral("Heading 1");
    heading1.family = reportStyle.headingFamily;
    heading1.outlineLevel = 1;
    heading1.keepWithNext = true;
    writeParagraphStyle(xml, heading1);
    ParagraphLook heading2 = heading1;
    heading2.name = QStringLiteral("Heading_20_2");
    heading2.displayName = QStringLiteral("Heading 2");
    heading2.family = reportStyle.subheadingFamily;
    heading2.outlineLevel = 2;
    writeParagraphStyle(xml, heading2);
    ParagraphLook title{QStringLiteral("Title"), QStringLiteral("Title"), reportStyle.titleFamily,
                        reportStyle.titlePointSize, true, QStringLiteral("center")};
    title.lineHeightPt = 1.6 * reportStyle.titlePointSize;
    title.spaceAfterPt = pitch;
    writeParagraphStyle(xml, title);
    ParagraphLook signature = look;
    signature.name = signature.displayName = QStringLiteral("Signature");
    signature.align = QStringLiteral("end");
    signature.indentPt = 0;
    writeParagraphStyle(xml, signature);
    ParagraphLook caption{QStringLiteral("Table_20_Caption"), QStringLiteral("Table Caption"),
                          reportStyle.headingFamily, reportStyle.tablePointSize + 1.5, false, QStringLiteral("center")};
    caption.lineHeightPt = pitch;
    caption.keepWithNext = true;
    writeParagraphStyle(xml, caption);
    ParagraphLook cell{QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), reportStyle.bodyFamily,
                       reportStyle.tablePointSize, false, QStringLiteral("start")};
    writeParagraphStyle(xml, cell);
    ParagraphLook centred = cell;
    centred.name = QStringLiteral("Table_20_Contents_20_Centred");
    centred.displayName = QStringLiteral("Table Contents Centred");
    centred.align = QStringLiteral("center");
    writeParagraphStyle(xml, centred);
    ParagraphLook head = centred;
    head.name = QStringLiteral("Table_20_Heading");
    head.displayName = QStringLiteral("Table Heading");
    head.bold = true;
    writeParagraphStyle(xml, head);
    ParagraphLook footer{QStringLiteral("Footer"), QStringLiteral("Footer"), reportStyle.titleFamily,
                         OfficeLayout::kPageNumberPointSize, false, QStringLiteral("end")};
    // A fixed line as high as the footer: a taller natural line would grow the footer and
    // take the body's 22nd line.
    footer.lineHeightPt = OfficeLayout::points(OfficeLayout::kFooterHeightMm);
    writeParagraphStyle(xml, footer);
    ParagraphLook footerLeft = footer;
    footerLeft.name = QStringLiteral("Footer_20_Left");
    footerLeft.displayName = QStringLiteral("Footer Left");
    footerLeft.align = QStringLiteral("start");
    writeParagraphStyle(xml, footerLeft);
    writeTextStyle(xml, QStringLiteral("Lead"), reportStyle.subheadingFamily, body);
    xml.writeEndElement(); // office:styles

    // The page: A4, the PDF's margins; the footer sits in the bottom margin, so the margin
    // under it is what is left of the PDF's 35 mm.
    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    xml.writeStartElement(style, QStringLiteral("page-layout"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeStartElement(style, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(fo, QStringLiteral("page-width"), mm(PdfRenderer::kPageWidthMm));
    xml.writeAttribute(fo, QStringLiteral("page-height"), mm(PdfRenderer::kPageHeightMm));
    xml.writeAttribute(style, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(fo, QStringLiteral("margin-top"), mm(PdfRenderer::kTopMm));
    xml.writeAttribute(fo, QStringLiteral("margin-left"), mm(PdfRenderer::kLeftMm));
    xml.writeAttribute(fo, QStringLiteral("margin-right"), mm(OfficeLayout::kRightMm));
    xml.writeAttribute(fo, QStringLiteral("margin-bottom"),
                       mm(OfficeLayout::kBottomMm - OfficeLayout::kFooterGapMm - OfficeLayout::kFooterHeightMm));
    xml.writeAttribute(style, QStringLiteral("writing-mode"), QStringLiteral("lr-tb"));
    xml.writeEndElement();
    xml.writeStartElement(style, QStringLiteral("footer-style"));
    xml.writeEmptyElement(style, QStringLiteral("header-footer-properties"));
    xml.writeAttribute(fo, QStringLiteral("min-height"), mm(OfficeLayout::kFooterHeightMm));
    xml.writeAttribute(fo, QStringLiteral("margin-top"), mm(OfficeLayout::kFooterGapMm));
    xml.writeAttribute(style, QStringLiteral("dynamic-spacing"), QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(office, QStringLiteral("master-styles"));
    xml.writeStartElement(style, QStringLiteral("master-page"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(style, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    // Odd pages carry the number on the right, even pages on the left (GB/T 9704).
    writeFooter(xml, QStringLiteral("footer"), QStringLiteral("Footer"));
    writeFooter(xml, QStringLiteral("footer-left"), QStringLiteral("Footer_20_Left"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement(); // office:document-styles
    xml.writeEndDocument();
    return data;
}

} // namespace zhibiao::OdtWriter
