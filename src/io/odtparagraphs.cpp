// The ODT half of DocumentParagraphs: content.xml, after META-INF/manifest.xml says whether
// the document is encrypted.
#include "io/documentparts.h"
#include "io/zipreader.h"

#include <algorithm>

namespace zhibiao::documentparts {

namespace {

const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kContentPart = QStringLiteral("content.xml");
const QString kManifestPart = QStringLiteral("META-INF/manifest.xml");

bool is(const QXmlStreamReader &xml, const QString &ns, const char *name)
{
    return xml.namespaceUri() == ns && xml.name() == QLatin1String(name);
}

bool isEncrypted(const ZipReader &zip)
{
    QString ignored;
    const std::optional<QByteArray> manifest = zip.declaredSize(kManifestPart) ? part(zip, kManifestPart, &ignored)
                                                                               : std::nullopt;
    if (!manifest)
        return false;
    QXmlStreamReader xml(*manifest);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && is(xml, kManifestNs, "encryption-data"))
            return true;
    return false;
}

class OdtParser
{
public:
    explicit OdtParser(const QByteArray &content) : m_xml(content) {}

    QList<DocumentParagraph> parse(QString *error)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                start();
            else if (token == QXmlStreamReader::EndElement)
                end();
            else if (token == QXmlStreamReader::Characters && !m_open.isEmpty())
                characters(m_xml.text());
        }
        if (m_xml.hasError()) {
            *error = xmlError(m_xml, kContentPart);
            return {};
        }
        return m_paragraphs;
    }

private:
    struct Open
    {
        QString text;
        int level = 0;
        bool spaceBefore = true; // leading white space goes, as ODF says
    };

    void start()
    {
        // Footnotes and endnotes, comments, and the deleted text of tracked changes.
        if (is(m_xml, kTextNs, "note") || is(m_xml, kOfficeNs, "annotation") || is(m_xml, kTextNs, "tracked-changes")) {
            m_xml.skipCurrentElement();
        } else if (is(m_xml, kTableNs, "table")) {
            ++m_tableDepth;
        } else if (is(m_xml, kTextNs, "p")) {
            m_open.append(Open{});
        } else if (is(m_xml, kTextNs, "h")) {
            const QString level = m_xml.attributes().value(kTextNs, QLatin1String("outline-level")).toString();
            m_open.append(Open{{}, level.toInt() > 0 ? level.toInt() : 1});
        } else if (m_open.isEmpty()) {
            return;
        } else if (is(m_xml, kTextNs, "s")) {
            const QString count = m_xml.attributes().value(kTextNs, QLatin1String("c")).toString();
            spaces(count.isEmpty() ? 1 : std::clamp(count.toInt(), 0, 1000));
        } else if (is(m_xml, kTextNs, "tab") || is(m_xml, kTextNs, "line-break")) {
            spaces(1);
        }
    }

    void end()
    {
        if (is(m_xml, kTableNs, "table") && m_tableDepth > 0) {
            --m_tableDepth;
        } else if ((is(m_xml, kTextNs, "p") || is(m_xml, kTextNs, "h")) && !m_open.isEmpty()) {
            const Open paragraph = m_open.takeLast();
            append(&m_paragraphs, paragraph.text, paragraph.level, m_tableDepth > 0);
        }
    }

    // Spaces that ODF keeps: text:s, tabs and line breaks.
    void spaces(int count)
    {
        m_open.last().text += QString(count, QLatin1Char(' '));
        m_open.last().spaceBefore = true;
    }

    // In character data ODF collapses each run of spaces, tabs and newlines into one space.
    void characters(QStringView text)
    {
        Open &paragraph = m_open.last();
        for (const QChar c : text) {
            const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
                               || c == QLatin1Char('\r');
            if (space && paragraph.spaceBefore)
                continue;
            paragraph.text += space ? QChar(QLatin1Char(' ')) : c;
            paragraph.spaceBefore = space;
        }
    }

    QXmlStreamReader m_xml;
    QList<Open> m_open; // a text box's paragraphs open inside their anchor's
    QList<DocumentParagraph> m_paragraphs;
    int m_tableDepth = 0;
};

} // namespace

QList<DocumentParagraph> readOdt(const ZipReader &zip, QString *error)
{
    if (isEncrypted(zip)) {
        *error = DocumentParagraphs::tr("the document is password-protected; open it in the word processor "
                                        "and save a copy without a password");
        return {};
    }
    const std::optional<QByteArray> content = part(zip, kContentPart, error);
    if (!content)
        return {};
    return OdtParser(*content).parse(error);
}

} // namespace zhibiao::documentparts
