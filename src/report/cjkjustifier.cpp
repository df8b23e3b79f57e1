#include "report/cjkjustifier.h"

#include "report/unitglue.h"

#include <QGlyphRun>
#include <QList>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace zhibiao::CjkJustifier {

namespace {

// QTextFormat::UserProperty + 2 (DocumentBuilder's keep-with-next is + 1).
constexpr int kJustifiedProperty = 0x100000 + 2;

bool isCjk(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)     // unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)  // extension A
           || (c >= 0x3000 && c <= 0x303F)  // CJK punctuation (、。《》「」)
           || (c >= 0x3040 && c <= 0x30FF)  // kana
           || (c >= 0xFF01 && c <= 0xFF60)  // full-width forms (，；：（）)
           || c == 0x2014 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019; // —— “” ‘’
}

// Draws the glyphs of the line's characters [from, to), each moved right by one share of
// extra for every gap (at the x positions gapX, ascending) that lies left of it.
void drawRange(QPainter *painter, const QTextLayout *layout, const QTextLine &line, int from, int to,
               const QList<double> &gapX, double extra)
{
    if (to <= from)
        return;
    const QList<QGlyphRun> runs = line.glyphRuns(from, to - from);
    for (QGlyphRun run : runs) {
        if (!gapX.isEmpty()) {
            QList<QPointF> positions = run.positions();
            for (QPointF &position : positions) {
                // Half a pixel of slack: the glyph after a gap starts exactly on it.
                const auto shares = std::upper_bound(gapX.cbegin(), gapX.cend(), position.x() + 0.5) - gapX.cbegin();
                position.rx() += shares * extra;
            }
            run.setPositions(positions);
        }
        painter->drawGlyphRun(layout->position(), run);
    }
}

} // namespace

bool isSpreadable(char16_t before, char16_t after)
{
    if (before == 0x2014 && after == 0x2014)
        return false;
    return isCjk(before) && isCjk(after);
}

void prepare(QTextDocument *document)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!(block.blockFormat().alignment() & Qt::AlignJustify))
            continue;
        QTextBlockFormat left;
        left.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        left.setProperty(kJustifiedProperty, true);
        QTextCursor(block).mergeBlockFormat(left);
    }
    cursor.endEditBlock();
}

void drawLine(QPainter *painter, const QTextBlock &block, int index)
{
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout->lineAt(index);
    const QString text = block.text();
    const int start = line.textStart();
    const int end = start + line.textLength();

    QList<int> gaps; // a gap after each of these characters widens
    if (block.blockFormat().boolProperty(kJustifiedProperty) && index + 1 < layout->lineCount()) {
        // The last character's gap would only move the line's end.
        for (int at = start; at + 1 < end; ++at) {
            if (isSpreadable(text.at(at).unicode(), text.at(at + 1).unicode()))
                gaps << at;
        }
    }
    const bool glued = QStringView(text).mid(start, end - start).contains(UnitGlue::kJoiner);
    if (gaps.isEmpty() && !glued) {
        line.draw(painter, layout->position());
        return;
    }
    const double extra = gaps.isEmpty() ? 0.0 : std::max(0.0, line.width() - line.naturalTextWidth()) / gaps.size();
    // Where each gap lies. The glyphs are asked for per stretch between joiners, not per
    // character: each request makes its runs (and raw fonts) anew. A joiner is left out
    // by position: the shaper has already put a blank glyph of the fallback face there.
    QList<double> gapX;
    gapX.reserve(gaps.size());
    for (int at : std::as_const(gaps))
        gapX << line.cursorToX(at + 1);
    int from = start;
    for (int at = start; at < end; ++at) {
        if (text.at(at) == UnitGlue::kJoiner) {
            drawRange(painter, layout, line, from, at, gapX, extra);
            from = at + 1;
        }
    }
    drawRange(painter, layout, line, from, end, gapX, extra);
}

} // namespace zhibiao::CjkJustifier
