#include "report/reportpagepainter.h"

#include "report/documentbuilder.h"
#include "report/pdfrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace zhibiao {

using namespace PdfRenderer;

ReportPagePainter::ReportPagePainter(const Report &report, const ReportStyle &style, QPaintDevice *layoutDevice)
    : m_document(std::make_unique<QTextDocument>()), m_style(style)
{
    // QTextDocumentLayout does no layout while the page size is null: the text is then laid
    // out once, for the page, instead of once for the screen first (a fifth of the time).
    m_document->setPageSize(QSizeF(0, 0));
    DocumentBuilder::build(m_document.get(), report, style, layoutDevice);
    m_document->setPageSize(QSizeF(mm(kBlockWidthMm), mm(kBlockHeightMm)));
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
    painter.setClipRect(QRectF(0, page * blockHeight, mm(kBlockWidthMm), blockHeight));
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
            context.clip = box.intersected(QRectF(0, pageTop, box.right() + 1, pageHeight));
            painter.save();
            painter.setClipRect(context.clip, Qt::IntersectClip);
            layout->draw(&painter, context);
            painter.restore();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF box = layout->blockBoundingRect(block);
        if (box.bottom() < pageTop || box.top() > pageBottom)
            continue;
        const QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const double top = lines->position().y() + line.y();
            if (top >= pageTop - 0.5 && top < pageBottom - 0.5)
                line.draw(&painter, lines->position());
        }
    }
}

} // namespace zhibiao
