#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace zhibiao {

// Repairs the text mapping of Qt 6.4's PDFs. Where a font maps several code points to one
// glyph, Qt's ToUnicode map keeps the lowest: a Kangxi radical for 人, 行, 长 … (Noto CJK),
// 戶 for 户. Text extraction, search and copy then give the wrong character. This rewrites
// each ToUnicode map with libqpdf, putting back the character that was written and that
// the fonts draw with the same glyph.
namespace ToUnicodeFixer {
// For each suspect (a mapped character that was not written): the written character that
// is the same glyph, by Unicode decomposition or else by the given fonts' cmaps (loading a
// CJK font's tables is slow, so only when needed).
QHash<char16_t, char16_t> replacements(const QSet<char16_t> &suspects, const QSet<char16_t> &written,
                                       const QStringList &families);
// The repaired PDF; on failure the input unchanged and *error set. written: the text that
// was laid out.
QByteArray fix(const QByteArray &pdf, const QStringList &families, const QString &written,
               QString *error = nullptr);
// One CMap program with characters replaced (and a two-em-dash ligature written as the two
// dashes it stands for); unchanged when there was nothing to replace. *found collects the
// characters it maps to.
QByteArray fixCMap(const QByteArray &cmap, const QHash<char16_t, char16_t> &replacements,
                   QSet<char16_t> *found = nullptr);
} // namespace ToUnicodeFixer

} // namespace zhibiao
