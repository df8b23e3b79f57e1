#pragma once

#include "report/reportstyle.h"

#include <QString>
#include <QXmlStreamWriter>

namespace zhibiao::OdtXml {

// What content.xml and styles.xml both need: the namespaces, the font faces, lengths.
inline const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

void declareNamespaces(QXmlStreamWriter &xml);
// office:font-face-decls with each family of the style.
void writeFontFaces(QXmlStreamWriter &xml, const ReportStyle &reportStyle);
// style:text-properties in one family and size for the Latin, Asian and complex scripts.
void writeTextProperties(QXmlStreamWriter &xml, const QString &family, double pointSize, bool bold = false);
// Text with ODF's whitespace rule kept: runs of spaces as text:s, tabs, line breaks.
void writeText(QXmlStreamWriter &xml, const QString &characters);
QString mm(double millimetres);
QString pt(double points);

} // namespace zhibiao::OdtXml
