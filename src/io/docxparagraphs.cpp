// The DOCX half of DocumentParagraphs: word/document.xml, with word/styles.xml for headings.
#include "io/documentparts.h"
#include "io/zipreader.h"

#include <QHash>
#include <QRegularExpression>

namespace zhibiao::documentparts {

namespace {

const QString kWordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kCompatibilityNs = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QString kDocumentPart = QStringLiteral("word/document.xml");
const QString kStylesPart = QStringLiteral("word/styles.xml");

bool isWord(const QXmlStreamReader &xml, const char *name)
{
    return xml.namespaceUri() == kWordNs && xml.name() == QLatin1String(name);
}

QString wordValue(const QXmlStreamReader &xml)
{
    return xml.attributes().value(kWordNs, QLatin1String("val")).toString();
}

// w:outlineLvl is 0-based; 9 (and anything odd) means body text.
int levelOfOutline(const QString &value)
{
    bool ok = false;
    const int level = value.toInt(&ok);
    return ok && level >= 0 && level < 9 ? level + 1 : 0;
}

// "Heading1", "heading 1" (style ids and the built-in style names alike).
int levelOfHeadingName(const QString &name)
{
    static const QRegularExpression heading(QStringLiteral("^heading ?([1-9])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = heading.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Style id → heading level, for styles named "heading N" or with an outline level: Chinese
// Word names its heading styles' ids "1", "2" ….
QHash<QString, int> headingStyles(const QByteArray &styles)
{
    QHash<QString, int> levels;
    QXmlStreamReader xml(styles);
    QString styleId;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isWord(xml, "style"))
            styleId = xml.attributes().value(kWordNs, QLatin1String("styleId")).toString();
        else if (isWord(xml, "name") && levelOfHeadingName(wordValue(xml)) > 0)
            levels.insert(styleId, levelOfHeadingName(wordValue(xml)));
        else if (isWord(xml, "outlineLvl") && !levels.contains(styleId) && levelOfOutline(wordValue(xml)) > 0)
            levels.insert(styleId, levelOfOutline(wordValue(xml)));
    }
    return levels; // a damaged styles.xml only costs the headings found by style
}

class DocxParser
{
public:
    DocxParser(const QByteArray &document, QHash<QString, int> styles) : m_xml(document), m_styles(std::move(styles)) {}

    QList<DocumentParagraph> parse(QString *error)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                start();
            else if (token == QXmlStreamReader::EndElement)
                end();
        }
        if (m_xml.hasError()) {
            *error = xmlError(m_xml, kDocumentPart);
            return {};
        }
        return m_paragraphs;
    }

private:
    struct Open
    {
        QString text;
        int level = 0;
    };

    void start()
    {
        // The fallback of mc:AlternateContent repeats the text boxes of its choice.
        if (m_xml.namespaceUri() == kCompatibilityNs && m_xml.name() == QLatin1String("Fallback")) {
            m_xml.skipCurrentElement();
            return;
        }
        if (m_xml.namespaceUri() != kWordNs)
            return;
        if (isWord(m_xml, "tbl"))
            ++m_tableDepth;
        else if (isWord(m_xml, "p"))
            m_open.append(Open{});
        else if (m_open.isEmpty())
            return;
        else if (isWord(m_xml, "pPr"))
            properties();
        else if (isWord(m_xml, "t"))
            m_open.last().text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (isWord(m_xml, "tab") || isWord(m_xml, "br") || isWord(m_xml, "cr"))
            m_open.last().text += QLatin1Char(' ');
        else if (isWord(m_xml, "moveFrom") || isWord(m_xml, "del") || isWord(m_xml, "rPr"))
            m_xml.skipCurrentElement(); // moved away, deleted; run properties hold no text
        // w:delText, w:instrText and footnote references are not w:t: their text is never taken.
    }

    void end()
    {
        if (isWord(m_xml, "tbl") && m_tableDepth > 0) {
            --m_tableDepth;
        } else if (isWord(m_xml, "p") && !m_open.isEmpty()) {
            const Open paragraph = m_open.takeLast();
            append(&m_paragraphs, paragraph.text, paragraph.level, m_tableDepth > 0);
        }
    }

    // w:pPr, read whole: its w:tabs are tab stops, not tabs. A direct outline level wins
    // over the style's.
    void properties()
    {
        int styleLevel = 0;
        int outlineLevel = -1;
        for (int depth = 1; depth > 0 && !m_xml.atEnd();) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            depth += token == QXmlStreamReader::StartElement ? 1 : token == QXmlStreamReader::EndElement ? -1 : 0;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (isWord(m_xml, "pStyle")) {
                const QString id = wordValue(m_xml);
                styleLevel = m_styles.contains(id) ? m_styles.value(id) : levelOfHeadingName(id);
            } else if (isWord(m_xml, "outlineLvl")) {
                outlineLevel = levelOfOutline(wordValue(m_xml));
            }
        }
        m_open.last().level = outlineLevel >= 0 ? outlineLevel : styleLevel;
    }

    QXmlStreamReader m_xml;
    QHash<QString, int> m_styles;
    QList<Open> m_open; // a text box's paragraphs open inside their anchor's
    QList<DocumentParagraph> m_paragraphs;
    int m_tableDepth = 0;
};

} // namespace

QList<DocumentParagraph> readDocx(const ZipReader &zip, QString *error)
{
    const std::optional<QByteArray> document = part(zip, kDocumentPart, error);
    if (!document)
        return {};
    QHash<QString, int> styles;
    if (zip.declaredSize(kStylesPart)) {
        const std::optional<QByteArray> bytes = part(zip, kStylesPart, error);
        if (!bytes)
            return {};
        styles = headingStyles(*bytes);
    }
    return DocxParser(*document, std::move(styles)).parse(error);
}

} // namespace zhibiao::documentparts
