#include "report/cjkjustifier.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace zhibiao::CjkJustifier {

namespace {

bool isCjk(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)     // unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)  // extension A
           || (c >= 0x3000 && c <= 0x303F)  // CJK punctuation (、。《》「」)
           || (c >= 0x3040 && c <= 0x30FF)  // kana
           || (c >= 0xFF01 && c <= 0xFF60)  // full-width forms (，；：（）)
           || c == 0x2014 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019; // —— “” ‘’
}

// One character's extra spacing, in the layout's device pixels.
struct Spread
{
    int position; // in the document
    double extra;
};

// The spreads of one laid-out block: per line but the last, the line's free width over its
// CJK gaps.
QList<Spread> spreadsOf(const QTextBlock &block)
{
    QList<Spread> spreads;
    const QTextLayout *layout = block.layout();
    const QString text = block.text();
    // A pixel short of the full width: a line that came out a hair too wide would push
    // its last character down and break the paragraph anew.
    constexpr double kSafety = 1.0;
    for (int i = 0; i + 1 < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const double free = line.width() - line.naturalTextWidth() - kSafety;
        if (free <= 0)
            continue;
        QList<int> gaps;
        const int end = line.textStart() + line.textLength();
        // The last character's spacing would only move the line's end.
        for (int at = line.textStart(); at + 1 < end; ++at) {
            if (isSpreadable(text.at(at).unicode(), text.at(at + 1).unicode()))
                gaps << at;
        }
        if (gaps.isEmpty())
            continue;
        for (int at : gaps)
            spreads << Spread{block.position() + at, free / gaps.size()};
    }
    return spreads;
}

// Device pixels per unit of absolute letter spacing as the document layout applies it
// (6 at 600 dpi, where QFontMetricsF says 6.25): measured in a one-line document laid out
// for the same device.
double spacingScale(const QFont &font, QPaintDevice *device)
{
    static QHash<QString, double> cache;
    const QString key = font.key() + QString::number(device ? device->logicalDpiX() : 0);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    constexpr double kProbe = 100.0;
    auto width = [&](double spacing) {
        QTextDocument probe;
        probe.setDocumentMargin(0);
        QTextCharFormat format;
        format.setFont(font);
        format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        format.setFontLetterSpacing(spacing);
        QTextCursor(&probe).insertText(QStringLiteral("测"), format);
        if (device)
            probe.documentLayout()->setPaintDevice(device);
        probe.setPageSize(QSizeF(1e6, 1e6));
        probe.pageCount();
        return probe.begin().layout()->lineAt(0).naturalTextWidth();
    };
    const double scale = (width(kProbe) - width(0.0)) / kProbe;
    return cache[key] = scale > 0 ? scale : 1.0;
}

QList<int> starts(const QTextBlock &block)
{
    QList<int> out;
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        out << block.layout()->lineAt(i).textStart();
    return out;
}

} // namespace

bool isSpreadable(char16_t before, char16_t after)
{
    return isCjk(before) && isCjk(after);
}

void justify(QTextDocument *document)
{
    QPaintDevice *device = document->documentLayout()->paintDevice();
    // Flush left first: the free width of each line is then at its end.
    QList<QTextBlock> blocks;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!(block.blockFormat().alignment() & Qt::AlignJustify))
            continue;
        QTextBlockFormat left;
        left.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        QTextCursor(block).mergeBlockFormat(left);
        blocks << block;
    }
    cursor.endEditBlock();
    document->pageCount(); // lays the document out

    QList<QList<int>> lineStarts;
    for (const QTextBlock &block : std::as_const(blocks))
        lineStarts << starts(block);
    // What each widened character had, to take it back.
    struct Undo
    {
        int position;
        QFont::SpacingType type;
        double spacing;
    };
    QList<Undo> undo;
    // One pass: the spacing is rounded down, so lines end up to a point short of the
    // measure. Further passes sharing out the rest were tried: Qt then broke lines that
    // still measured a few pixels short of their width, so they are not made.
    constexpr int kPasses = 1;
    for (int pass = 0; pass < kPasses; ++pass) {
        if (pass > 0)
            document->pageCount();
        QList<Spread> spreads;
        for (const QTextBlock &block : std::as_const(blocks))
            spreads << spreadsOf(block);
        if (spreads.isEmpty())
            break;
        cursor.beginEditBlock();
        for (const Spread &spread : std::as_const(spreads)) {
            cursor.setPosition(spread.position);
            cursor.setPosition(spread.position + 1, QTextCursor::KeepAnchor);
            // Absolute spacing replaces the percentage the character had: carry it over.
            const QTextCharFormat current = cursor.charFormat();
            QFont unspaced = current.font();
            unspaced.setLetterSpacing(QFont::PercentageSpacing, 100.0);
            const double scale = spacingScale(current.font(), device);
            double spacing = spread.extra;
            if (current.fontLetterSpacingType() == QFont::PercentageSpacing) {
                undo << Undo{spread.position, current.fontLetterSpacingType(), current.fontLetterSpacing()};
                if (current.fontLetterSpacing() > 0)
                    spacing += QFontMetricsF(unspaced, device).horizontalAdvance(cursor.selectedText())
                               * (current.fontLetterSpacing() / 100.0 - 1.0);
            } else {
                spacing += current.fontLetterSpacing() * scale;
            }
            QTextCharFormat wider;
            wider.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            // Qt keeps letter spacing in 1/64 units: rounded down, so that a line never
            // comes out wider than its measure (a few rounded-up gaps pushed a character down).
            wider.setFontLetterSpacing(std::floor(spacing / scale * 64.0) / 64.0);
            cursor.mergeCharFormat(wider);
        }
        cursor.endEditBlock();
    }

    // A paragraph whose lines broke anew all the same goes back to flush left, whole:
    // ragged is better than re-broken.
    document->pageCount();
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (starts(blocks.at(i)) == lineStarts.at(i))
            continue;
        qWarning("CjkJustifier: a paragraph at %d broke anew; left ragged", blocks.at(i).position());
        const int from = blocks.at(i).position();
        const int to = from + blocks.at(i).length();
        for (const Undo &u : std::as_const(undo)) {
            if (u.position < from || u.position >= to)
                continue;
            cursor.setPosition(u.position);
            cursor.setPosition(u.position + 1, QTextCursor::KeepAnchor);
            QTextCharFormat before;
            before.setFontLetterSpacingType(u.type);
            before.setFontLetterSpacing(u.spacing);
            cursor.mergeCharFormat(before);
        }
    }
    cursor.endEditBlock();
}

} // namespace zhibiao::CjkJustifier
