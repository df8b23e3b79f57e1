#include "report/reportpagepainter.h"

#include "report/cjkjustifier.h"
#include "report/documentbuilder.h"
#include "report/overloaded.h"
#include "report/pdfrenderer.h"
#include "report/titlebreaker.h"
#include "report/unitglue.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace zhibiao {

using namespace PdfRenderer;

namespace {

// Where a line belongs: its baseline. A line set tighter than its font (the title on the
// body's grid) starts above its block, so its top may lie on the page before.
double baseline(const QTextLayout *layout, const QTextLine &line)
{
    return layout->position().y() + line.y() + line.ascent();
}

// The title's characters per line: the text block's width in title characters, as the
// document sets them (98.5 % letter spacing).
int titleCharsPerLine(const ReportStyle &style)
{
    const double characterMm = style.titlePointSize * 0.985 / 72.0 * 25.4;
    return std::max(1, static_cast<int>(std::floor(kBlockWidthMm / characterMm)));
}

// A pass over the document: the first keep-with-next block (a heading, a caption) whose
// next element starts on a later page; nullptr when there is none.
QTextBlock strandedHeading(QTextDocument *document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    auto pageOf = [&](double y) { return static_cast<int>(std::floor((y + 0.5) / pageHeight)); };
    QTextBlock pending; // a keep-with-next block waiting for what follows
    auto startsOn = [&](double top) {
        if (pending.isValid()) {
            if (pageOf(top) != pageOf(baseline(pending.layout(), pending.layout()->lineAt(0))))
                return true;
        }
        return false;
    };
    for (QTextFrame::iterator it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            const QTextBlock firstCell = table->cellAt(0, 0).firstCursorPosition().block();
            // A cell's block is placed within its cell: blockBoundingRect is in page terms.
            if (firstCell.layout()->lineCount() > 0
                && startsOn(layout->blockBoundingRect(firstCell).top() + firstCell.layout()->lineAt(0).ascent()))
                return pending;
            pending = QTextBlock();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.layout()->lineCount() == 0)
            continue;
        if (startsOn(baseline(block.layout(), block.layout()->lineAt(0))))
            return pending;
        pending = block.blockFormat().boolProperty(DocumentBuilder::kKeepWithNextProperty)
                          && block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto
                      ? block
                      : QTextBlock();
    }
    return {};
}

} // namespace

Report ReportPagePainter::typeset(const Report &report, const ReportStyle &style)
{
    Report out = report;
    for (ReportElement &element : out.elements) {
        std::visit(Overloaded{
                       [&](ReportTitle &title) {
                           title.text = TitleBreaker::lines(title.text, titleCharsPerLine(style)).join(QLatin1Char('\n'));
                       },
                       [](ReportHeading &heading) { heading.text = UnitGlue::glue(heading.text); },
                       [](ReportParagraph &paragraph) {
                           paragraph.lead = UnitGlue::glue(paragraph.lead);
                           paragraph.text = UnitGlue::glue(paragraph.text);
                       },
                       [](ReportTable &table) {
                           table.caption = UnitGlue::glue(table.caption);
                           for (QStringList &row : table.rows) {
                               for (QString &cell : row)
                                   cell = UnitGlue::glue(cell);
                           }
                       },
                       [](ReportSignature &) {},
                   },
                   element);
    }
    return out;
}

ReportPagePainter::ReportPagePainter(const Report &report, const ReportStyle &style, QPaintDevice *layoutDevice)
    : m_document(std::make_unique<QTextDocument>()), m_style(style)
{
    // QTextDocumentLayout does no layout while the page size is null: the text is then laid
    // out once, for the page, instead of once for the screen first (a fifth of the time).
    m_document->setPageSize(QSizeF(0, 0));
    DocumentBuilder::build(m_document.get(), typeset(report, style), style, layoutDevice);
    CjkJustifier::prepare(m_document.get());
    m_document->setPageSize(QSizeF(mm(kBlockWidthMm), mm(kBlockHeightMm)));
    keepHeadingsWithNext();
}

// QTextDocument has no keep-with-next: a heading found last on its page starts the next
// page instead, and the layout is redone until no heading is stranded (each pass moves
// one heading forward, so this ends).
void ReportPagePainter::keepHeadingsWithNext()
{
    const double pageHeight = mm(kBlockHeightMm);
    for (int pass = 0; pass < 64; ++pass) {
        m_document->pageCount(); // lays the document out whole
        const QTextBlock stranded = strandedHeading(m_document.get(), pageHeight);
        if (!stranded.isValid())
            return;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(stranded).mergeBlockFormat(format);
    }
}

ReportPagePainter::~ReportPagePainter() = default;

double ReportPagePainter::mm(double millimetres)
{
    return millimetres / 25.4 * kResolution;
}

QSizeF ReportPagePainter::pageSize()
{
    return {mm(kPageWidthMm), mm(kPageHeightMm)};
}

int ReportPagePainter::pageCount() const
{
    return m_document->pageCount();
}

QString ReportPagePainter::plainText() const
{
    return m_document->toPlainText();
}

void ReportPagePainter::paint(QPainter &painter, int page) const
{
    const double blockHeight = mm(kBlockHeightMm);
    painter.save();
    painter.translate(mm(kLeftMm), mm(kTopMm) - page * blockHeight);
    // The clip is wider than the block: a table's left and right rules lie on its edges.
    painter.setClipRect(QRectF(-mm(2), page * blockHeight, mm(kBlockWidthMm + 4), blockHeight));
    paintBody(painter, page);
    painter.restore();
    paintPageNumber(painter, page + 1);
}

void ReportPagePainter::paintPageNumber(QPainter &painter, int page) const
{
    QPaintDevice *device = m_document->documentLayout()->paintDevice();
    QFont font(m_style.titleFamily);
    font.setPointSizeF(14.0); // 四号
    // A painter sizes point sizes for its own device; a preview image drawn under a scale
    // needs the size in the layout device's pixels, as the body's lines have it.
    if (painter.device()->logicalDpiY() != device->logicalDpiY())
        font.setPixelSize(qRound(font.pointSizeF() * device->logicalDpiY() / 72.0));
    painter.setFont(font);
    painter.setPen(Qt::black);
    // "— N —", one character in from the block's edge. Drawn in three pieces with real gaps
    // so that text extraction keeps the spaces.
    const QString dash = QStringLiteral("—");
    const QString number = QString::number(page);
    const QFontMetricsF metrics(font, device);
    const double gap = metrics.horizontalAdvance(QLatin1Char('0')) * 0.8;
    const double width = 2 * metrics.horizontalAdvance(dash) + metrics.horizontalAdvance(number) + 2 * gap;
    const double inset = mm(5.0);
    double x = page % 2 == 1 ? mm(kLeftMm + kBlockWidthMm) - inset - width : mm(kLeftMm) + inset;
    const double baseline = mm(kTopMm + kBlockHeightMm + kPageNumberGapMm) + metrics.ascent() / 2;
    for (const QString &piece : {dash, number, dash}) {
        painter.drawText(QPointF(x, baseline), piece);
        x += metrics.horizontalAdvance(piece) + gap;
    }
}

// Draws the lines whose top lies on the page, one by one: drawing the whole document with a
// clip leaves the line before each page break in the PDF twice (clipped, but still text).
void ReportPagePainter::paintBody(QPainter &painter, int page) const
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const double pageHeight = mm(kBlockHeightMm);
    const double pageTop = page * pageHeight;
    const double pageBottom = pageTop + pageHeight;
    painter.setPen(Qt::black);
    for (QTextFrame::iterator it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            // A table: drawn by the layout within the page (its rows are pushed whole).
            const QRectF box = layout->frameBoundingRect(frame);
            if (box.bottom() < pageTop || box.top() > pageBottom)
                continue;
            QAbstractTextDocumentLayout::PaintContext context;
            auto *table = qobject_cast<QTextTable *>(frame);
            const double cut = table && box.bottom() > pageBottom + 0.5 ? cutRuleY(table, pageTop, pageBottom) : -1.0;
            // Below a cut the layout has begun the borders of the row it moved to the next
            // page: the clip ends at the cut's rule.
            const double bottom = cut >= 0 ? cut + tableRuleWidth(table) / 2 : pageBottom;
            context.clip = QRectF(box.left() - mm(2), pageTop, box.width() + mm(4), bottom - pageTop)
                               .intersected(box.adjusted(-mm(2), 0, mm(2), 0));
            painter.save();
            painter.setClipRect(context.clip, Qt::IntersectClip);
            layout->draw(&painter, context);
            painter.restore();
            if (cut >= 0) {
                painter.save();
                painter.setPen(QPen(Qt::black, tableRuleWidth(table)));
                // From the first column's left rule to the last column's right rule (the
                // frame's box is wider than its rules).
                const double padding = table->format().cellPadding() * tableScale();
                const double left = layout->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block()).left();
                const double right =
                    layout->blockBoundingRect(table->cellAt(0, table->columns() - 1).firstCursorPosition().block()).right();
                painter.drawLine(QPointF(left - padding, cut), QPointF(right + padding, cut));
                painter.restore();
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF box = layout->blockBoundingRect(block);
        if (box.bottom() < pageTop || box.top() > pageBottom)
            continue;
        const QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const double y = baseline(lines, line);
            if (y >= pageTop && y < pageBottom)
                CjkJustifier::drawLine(&painter, block, i);
        }
    }
}

} // namespace zhibiao

namespace zhibiao {

// The layout leaves a table cut by a page open at the bottom: the table's bottom rule goes
// under the lowest cell of the rows that lie on the page. -1 when no row does.
double ReportPagePainter::cutRuleY(QTextTable *table, double pageTop, double pageBottom) const
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    double lowest = -1;
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            if (first.top() < pageTop || first.top() >= pageBottom)
                continue;
            lowest = std::max(lowest, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
    }
    if (lowest < 0)
        return -1;
    return lowest + table->format().cellPadding() * tableScale() + tableRuleWidth(table) / 2;
}

// Table lengths are in 96 dpi pixels, scaled to the device like the line height.
double ReportPagePainter::tableScale() const
{
    const QPaintDevice *device = m_document->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

double ReportPagePainter::tableRuleWidth(QTextTable *table) const
{
    return table->format().border() * tableScale();
}

} // namespace zhibiao
