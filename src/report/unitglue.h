#pragma once

#include <QString>
#include <QStringList>

namespace zhibiao {

// Keeps a figure and its unit on one line ("2.73万人次", "0.4个百分点", "96.3%"): a
// WORD JOINER (U+2060) between the number and the unit and between the unit's characters
// forbids the line breaks there. The joiner has no width and no glyph, so the page and
// the extracted text do not change.
namespace UnitGlue {
inline constexpr QChar kJoiner = QChar(0x2060);
// The units, longest first where one starts another.
const QStringList &units();
QString glue(const QString &text);
// The text without joiners (for text extracted or copied from a laid-out page).
QString unglue(QString text);
} // namespace UnitGlue

} // namespace zhibiao
