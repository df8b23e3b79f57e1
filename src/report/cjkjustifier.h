#pragma once

class QTextDocument;

namespace zhibiao {

// Justifies the document's justified paragraphs by widening only the gaps between two CJK
// characters. Qt's own justification also spreads around figures and at the glue of a
// figure and its unit ("3.52 万 人"), which a bulletin must not do. Each such paragraph is
// set flush left, laid out, and the space left at the end of each of its lines (not the
// last) is shared among the line's CJK gaps as letter spacing of the character before the
// gap. The line breaks stay where they were; a line without a CJK gap stays ragged.
namespace CjkJustifier {
// document: laid out for its paint device and page size already.
void justify(QTextDocument *document);
// A gap that may widen: both sides are CJK ideographs, kana or CJK punctuation.
bool isSpreadable(char16_t before, char16_t after);
} // namespace CjkJustifier

} // namespace zhibiao
