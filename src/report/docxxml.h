#pragma once

#include <QString>
#include <QXmlStreamWriter>

namespace zhibiao::DocxXml {

inline const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString r = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// <w:name w:val="value"/>
void writeValue(QXmlStreamWriter &xml, const QString &name, const QString &value);
// w:rFonts with the face for the Latin and the East Asian script.
void writeFonts(QXmlStreamWriter &xml, const QString &family);
// w:sz and w:szCs in half-points.
void writeSize(QXmlStreamWriter &xml, double pointSize);
// A run of text, tabs and line breaks as w:tab and w:br, spaces preserved.
void writeRun(QXmlStreamWriter &xml, const QString &text, const QString &characterStyle = {});
QString number(double value); // rounded to a whole number

} // namespace zhibiao::DocxXml
