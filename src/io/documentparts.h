#pragma once

#include "io/documentparagraphs.h"

#include <QXmlStreamReader>

#include <optional>

namespace zhibiao {

class ZipReader;

// The pieces DocumentParagraphs shares between its DOCX and ODT readers.
namespace documentparts {

// A part is refused beyond this size, so that a zip bomb cannot fill the memory.
constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;

// The part's bytes, or nullopt with *error set when it is missing, too big or damaged.
std::optional<QByteArray> part(const ZipReader &zip, const QString &name, QString *error);
// Appends the paragraph trimmed (U+3000 too); a paragraph of whitespace only is dropped.
void append(QList<DocumentParagraph> *paragraphs, const QString &text, int headingLevel, bool inTable);
// The message for a part that is not well-formed XML, with the line.
QString xmlError(const QXmlStreamReader &xml, const QString &name);

QList<DocumentParagraph> readDocx(const ZipReader &zip, QString *error);
QList<DocumentParagraph> readOdt(const ZipReader &zip, QString *error);

} // namespace documentparts
} // namespace zhibiao
