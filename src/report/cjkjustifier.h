#pragma once

class QPainter;
class QTextBlock;
class QTextDocument;

namespace zhibiao {

// Justifies the document's justified paragraphs by widening only the gaps between two CJK
// characters. Qt's own justification also spreads around figures and at the glue of a
// figure and its unit ("3.52 万 人"), which a bulletin must not do. The paragraphs are laid
// out flush left, once; when a line is painted, the space left at its end is shared among
// its CJK gaps by moving the glyphs after each gap. The layout is never redone, so the
// line breaks stay where they were; a line without a CJK gap stays ragged, and a
// paragraph's last line is not spread.
namespace CjkJustifier {
// Before the layout: marks the justified paragraphs and sets them flush left.
void prepare(QTextDocument *document);
// Draws line `index` of block at its layout's position, spread when its paragraph is
// justified and it is not the paragraph's last line. The unit glue's joiners are not drawn:
// they have no width, and leaving them out keeps the fallback font that has a glyph for
// them out of the PDF.
void drawLine(QPainter *painter, const QTextBlock &block, int index);
// A gap that may widen: both sides are CJK ideographs, kana or CJK punctuation, and not
// the two halves of a dash (——), which is one mark.
bool isSpreadable(char16_t before, char16_t after);
} // namespace CjkJustifier

} // namespace zhibiao
