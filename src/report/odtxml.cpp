#include "report/odtxml.h"

#include "report/xmltext.h"

#include <QSet>

namespace zhibiao::OdtXml {

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(style, QStringLiteral("style"));
    xml.writeNamespace(text, QStringLiteral("text"));
    xml.writeNamespace(table, QStringLiteral("table"));
    xml.writeNamespace(fo, QStringLiteral("fo"));
    xml.writeNamespace(svg, QStringLiteral("svg"));
}

void writeFontFaces(QXmlStreamWriter &xml, const ReportStyle &reportStyle)
{
    xml.writeStartElement(office, QStringLiteral("font-face-decls"));
    QSet<QString> seen;
    for (const QString &family : {reportStyle.titleFamily, reportStyle.bodyFamily, reportStyle.headingFamily,
                                  reportStyle.subheadingFamily}) {
        if (family.isEmpty() || seen.contains(family))
            continue;
        seen.insert(family);
        xml.writeEmptyElement(style, QStringLiteral("font-face"));
        xml.writeAttribute(style, QStringLiteral("name"), family);
        xml.writeAttribute(svg, QStringLiteral("font-family"), family);
        xml.writeAttribute(style, QStringLiteral("font-pitch"), QStringLiteral("variable"));
    }
    xml.writeEndElement();
}

void writeTextProperties(QXmlStreamWriter &xml, const QString &family, double pointSize, bool bold)
{
    xml.writeEmptyElement(style, QStringLiteral("text-properties"));
    xml.writeAttribute(style, QStringLiteral("font-name"), family);
    xml.writeAttribute(fo, QStringLiteral("font-family"), family);
    xml.writeAttribute(fo, QStringLiteral("font-size"), pt(pointSize));
    xml.writeAttribute(style, QStringLiteral("font-name-asian"), family);
    xml.writeAttribute(style, QStringLiteral("font-family-asian"), family);
    xml.writeAttribute(style, QStringLiteral("font-size-asian"), pt(pointSize));
    xml.writeAttribute(style, QStringLiteral("font-name-complex"), family);
    xml.writeAttribute(style, QStringLiteral("font-size-complex"), pt(pointSize));
    const QString weight = bold ? QStringLiteral("bold") : QStringLiteral("normal");
    xml.writeAttribute(fo, QStringLiteral("font-weight"), weight);
    xml.writeAttribute(style, QStringLiteral("font-weight-asian"), weight);
}

void writeText(QXmlStreamWriter &xml, const QString &unsafe)
{
    const QString characters = xmlSafeText(unsafe);
    QString run;
    int i = 0;
    while (i < characters.size()) {
        const QChar c = characters.at(i);
        if (c == QLatin1Char(' ')) {
            int spaces = 0;
            while (i < characters.size() && characters.at(i) == QLatin1Char(' '))
                ++spaces, ++i;
            // One space is kept as text unless it would be collapsed (at the start).
            run += QLatin1Char(' ');
            xml.writeCharacters(run);
            run.clear();
            if (spaces > 1) {
                xml.writeEmptyElement(text, QStringLiteral("s"));
                xml.writeAttribute(text, QStringLiteral("c"), QString::number(spaces - 1));
            }
            continue;
        }
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            xml.writeCharacters(run);
            run.clear();
            xml.writeEmptyElement(text, c == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("line-break"));
        } else {
            run += c;
        }
        ++i;
    }
    xml.writeCharacters(run);
}

QString mm(double millimetres)
{
    return QString::number(millimetres, 'f', 2) + QStringLiteral("mm");
}

QString pt(double points)
{
    return QString::number(points, 'f', 2) + QStringLiteral("pt");
}

} // namespace zhibiao::OdtXml
