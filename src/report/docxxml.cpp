#include "report/docxxml.h"

#include "report/xmltext.h"

#include <cmath>

namespace zhibiao::DocxXml {

void writeValue(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeEmptyElement(w, name);
    xml.writeAttribute(w, QStringLiteral("val"), value);
}

void writeFonts(QXmlStreamWriter &xml, const QString &family)
{
    xml.writeEmptyElement(w, QStringLiteral("rFonts"));
    xml.writeAttribute(w, QStringLiteral("ascii"), family);
    xml.writeAttribute(w, QStringLiteral("hAnsi"), family);
    xml.writeAttribute(w, QStringLiteral("eastAsia"), family);
    xml.writeAttribute(w, QStringLiteral("cs"), family);
}

void writeSize(QXmlStreamWriter &xml, double pointSize)
{
    writeValue(xml, QStringLiteral("sz"), number(pointSize * 2));
    writeValue(xml, QStringLiteral("szCs"), number(pointSize * 2));
}

void writeRun(QXmlStreamWriter &xml, const QString &text, const QString &characterStyle)
{
    xml.writeStartElement(w, QStringLiteral("r"));
    if (!characterStyle.isEmpty()) {
        xml.writeStartElement(w, QStringLiteral("rPr"));
        writeValue(xml, QStringLiteral("rStyle"), characterStyle);
        xml.writeEndElement();
    }
    QString piece;
    auto flush = [&] {
        if (piece.isEmpty())
            return;
        xml.writeStartElement(w, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(piece);
        xml.writeEndElement();
        piece.clear();
    };
    for (const QChar c : xmlSafeText(text)) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            flush();
            xml.writeEmptyElement(w, c == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("br"));
        } else {
            piece += c;
        }
    }
    flush();
    xml.writeEndElement();
}

QString number(double value)
{
    return QString::number(static_cast<long long>(std::lround(value)));
}

} // namespace zhibiao::DocxXml
