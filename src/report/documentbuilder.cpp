#include "report/documentbuilder.h"

#include "report/overloaded.h"
#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace zhibiao::DocumentBuilder {

namespace {

QTextCharFormat charFormat(const QString &family, double pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFontFamilies({family});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // 28 characters of 三号 fill the 156 mm line only when set a little tight, as
    // typesetting grids do.
    format.setFontLetterSpacingType(QFont::PercentageSpacing);
    format.setFontLetterSpacing(98.5);
    return format;
}

} // namespace

void build(QTextDocument *document, const Report &report, const ReportStyle &style, QPaintDevice *device)
{
    document->clear();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    // Layout lengths (line height, indent) are in pixels at 96 dpi; the layout scales them
    // to the paint device.
    const double px = 96.0 / 72.0;
    // The first-line indent, unlike the line height, is taken in device units as it is.
    const double indentUnitsPerPt = device ? device->logicalDpiX() / 72.0 : px;
    QTextCursor cursor(document);

    QTextBlockFormat body;
    body.setLineHeight(kLinePitchPt * px, QTextBlockFormat::FixedHeight);
    body.setTextIndent(2.0 * style.bodyPointSize * 0.985 * indentUnitsPerPt);
    body.setAlignment(Qt::AlignJustify);
    body.setTopMargin(0);
    body.setBottomMargin(0);
    const QTextCharFormat bodyChars = charFormat(style.bodyFamily, style.bodyPointSize);

    bool first = true;
    auto newBlock = [&](const QTextBlockFormat &format, const QTextCharFormat &chars) {
        if (first)
            cursor.setBlockFormat(format), cursor.setBlockCharFormat(chars);
        else
            cursor.insertBlock(format, chars);
        first = false;
    };

    for (const ReportElement &element : report.elements) {
        std::visit(Overloaded{
                       [&](const ReportTitle &title) {
                           QTextBlockFormat format;
                           format.setAlignment(Qt::AlignHCenter);
                           // The title's lines are on the body's grid and one blank grid line
                           // follows, so the body below it stays on the 22-line grid.
                           format.setLineHeight(kLinePitchPt * px, QTextBlockFormat::FixedHeight);
                           format.setBottomMargin(kLinePitchPt * px);
                           format.setProperty(kKeepWithNextProperty, true);
                           const QTextCharFormat chars = charFormat(style.titleFamily, style.titlePointSize, true);
                           newBlock(format, chars);
                           // One block of several lines: a "\n" would start a new block with
                           // the title's blank line after each line.
                           cursor.insertText(QString(title.text).replace(QLatin1Char('\n'), QChar::LineSeparator), chars);
                       },
                       [&](const ReportHeading &heading) {
                           const QTextCharFormat chars =
                               charFormat(heading.level == 1 ? style.headingFamily : style.subheadingFamily,
                                          style.bodyPointSize);
                           QTextBlockFormat format = body;
                           format.setProperty(kKeepWithNextProperty, true);
                           newBlock(format, chars);
                           cursor.insertText(heading.text, chars);
                       },
                       [&](const ReportParagraph &paragraph) {
                           newBlock(body, bodyChars);
                           if (!paragraph.lead.isEmpty())
                               cursor.insertText(paragraph.lead, charFormat(style.subheadingFamily, style.bodyPointSize));
                           cursor.insertText(paragraph.text, bodyChars);
                       },
                       [&](const ReportTable &table) {
                           QTextBlockFormat centred;
                           centred.setAlignment(Qt::AlignHCenter);
                           const QTextCharFormat cellChars = charFormat(style.bodyFamily, style.tablePointSize);
                           if (!table.caption.isEmpty()) {
                               QTextBlockFormat caption = body;
                               caption.setTextIndent(0);
                               caption.setAlignment(Qt::AlignHCenter);
                               caption.setProperty(kKeepWithNextProperty, true);
                               const QTextCharFormat captionChars = charFormat(style.headingFamily, style.tablePointSize + 1.5);
                               newBlock(caption, captionChars);
                               cursor.insertText(table.caption, captionChars);
                           }
                           QTextTableFormat format;
                           format.setBorder(1.0);
                           format.setBorderBrush(Qt::black);
                           format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                           format.setBorderCollapse(true);
                           format.setCellPadding(3);
                           format.setCellSpacing(0);
                           format.setHeaderRowCount(1); // repeated at the top of each page
                           format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
                           if (!table.columnWeights.isEmpty()) {
                               double total = 0;
                               for (int weight : table.columnWeights)
                                   total += weight;
                               QList<QTextLength> widths;
                               for (int weight : table.columnWeights)
                                   widths << QTextLength(QTextLength::PercentageLength, 100.0 * weight / total);
                               format.setColumnWidthConstraints(widths);
                           }
                           newBlock(QTextBlockFormat(), cellChars);
                           QTextTable *t = cursor.insertTable(static_cast<int>(table.rows.size() + 1),
                                                              static_cast<int>(table.header.size()), format);
                           auto fill = [&](int row, const QStringList &cells, bool bold) {
                               for (int column = 0; column < cells.size() && column < t->columns(); ++column) {
                                   QTextCursor cell = t->cellAt(row, column).firstCursorPosition();
                                   QTextBlockFormat cellBlock;
                                   if (column > 0)
                                       cellBlock.setAlignment(Qt::AlignHCenter);
                                   cell.setBlockFormat(cellBlock);
                                   cell.insertText(cells.at(column), charFormat(style.bodyFamily, style.tablePointSize, bold));
                               }
                           };
                           fill(0, table.header, true);
                           for (int row = 0; row < table.rows.size(); ++row)
                               fill(row + 1, table.rows.at(row), false);
                           cursor.movePosition(QTextCursor::End);
                       },
                       [&](const ReportSignature &signature) {
                           QTextBlockFormat right = body;
                           right.setTextIndent(0);
                           right.setAlignment(Qt::AlignRight);
                           newBlock(right, bodyChars);
                           cursor.insertText(QString(), bodyChars); // the empty line before the 落款
                           for (const QString &line : {signature.issuer, signature.date}) {
                               newBlock(right, bodyChars);
                               cursor.insertText(line, bodyChars);
                           }
                       },
                   },
                   element);
    }
    // Laid out once, for the device, after all the content is in.
    if (device)
        document->documentLayout()->setPaintDevice(device);
}

} // namespace zhibiao::DocumentBuilder
