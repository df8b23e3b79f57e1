#include "io/documentparagraphs.h"

#include "io/documentparts.h"
#include "io/zipreader.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

namespace zhibiao {

namespace {

// OLE compound files: a password-protected DOCX (an "EncryptedPackage" stream inside) or
// an old binary .doc renamed.
bool isOleFile(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

bool isEncryptedOle(const QByteArray &bytes)
{
    // Directory entry names are UTF-16LE.
    const QString name = QStringLiteral("EncryptedPackage");
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return bytes.contains(utf16);
}

QString decodeText(const QByteArray &bytes, QString *error)
{
    // A BOM says it all; without one, UTF-8 if it decodes cleanly, else GB18030 (the files
    // of Chinese Windows programs).
    if (const auto bom = QStringConverter::encodingForData(bytes); bom && *bom != QStringConverter::Utf8)
        return QStringDecoder(*bom).decode(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid()) {
        *error = DocumentParagraphs::tr("the text file is not UTF-8, and this system cannot read GB18030; "
                                        "save it again as UTF-8 text");
        return {};
    }
    text = gb18030.decode(bytes);
    if (gb18030.hasError()) {
        *error = DocumentParagraphs::tr("the text file is neither UTF-8 nor GB18030 text; save it again as UTF-8 text");
        return {};
    }
    return text;
}

QList<DocumentParagraph> readText(const QByteArray &bytes, QString *error)
{
    QString text = decodeText(bytes, error);
    if (!error->isEmpty())
        return {};
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QList<DocumentParagraph> paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n')))
        documentparts::append(&paragraphs, line, 0, false);
    return paragraphs;
}

QList<DocumentParagraph> readArchive(const QByteArray &bytes, DocumentParagraphs::Format format, QString *error)
{
    const bool docx = format == DocumentParagraphs::Format::Docx;
    if (isOleFile(bytes)) {
        *error = isEncryptedOle(bytes)
                     ? DocumentParagraphs::tr("the document is password-protected; open it in the word processor "
                                              "and save a copy without a password")
                     : DocumentParagraphs::tr("the file is an old binary Word document (.doc), not a %1 document; "
                                              "open it in the word processor and save it as %1")
                           .arg(docx ? QStringLiteral(".docx") : QStringLiteral(".odt"));
        return {};
    }
    const ZipReader zip(bytes);
    if (!zip.isOpen()) {
        *error = DocumentParagraphs::tr("the file is not a %1 document or is damaged; open it in the word "
                                        "processor and save it again")
                     .arg(docx ? QStringLiteral(".docx") : QStringLiteral(".odt"));
        return {};
    }
    return docx ? documentparts::readDocx(zip, error) : documentparts::readOdt(zip, error);
}

} // namespace

std::optional<DocumentParagraphs::Format> DocumentParagraphs::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("txt"))
        return Format::Text;
    return std::nullopt;
}

QList<DocumentParagraph> DocumentParagraphs::read(const QByteArray &bytes, Format format, QString *error)
{
    error->clear();
    QList<DocumentParagraph> paragraphs =
        format == Format::Text ? readText(bytes, error) : readArchive(bytes, format, error);
    if (!error->isEmpty())
        return {};
    return paragraphs;
}

QList<DocumentParagraph> DocumentParagraphs::readFile(const QString &path, QString *error)
{
    error->clear();
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        *error = tr("%1 is not a .docx, .odt or .txt file; save the report in one of these formats")
                     .arg(QFileInfo(path).fileName());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be opened (%2); check that it exists and that you may read it")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return read(file.readAll(), *format, error);
}

namespace documentparts {

std::optional<QByteArray> part(const ZipReader &zip, const QString &name, QString *error)
{
    const std::optional<qint64> size = zip.declaredSize(name);
    if (!size) {
        *error = DocumentParagraphs::tr("the document lacks its part %1, so it is damaged or of another kind; "
                                        "open it in the word processor and save it again")
                     .arg(name);
        return std::nullopt;
    }
    if (*size > kMaxPartBytes) {
        *error = DocumentParagraphs::tr("the document's part %1 unpacks to more than 64 MB, far more than any "
                                        "report; check that it is the right file")
                     .arg(name);
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = zip.entry(name, kMaxPartBytes);
    if (!bytes)
        *error = DocumentParagraphs::tr("the document is damaged: its part %1 cannot be unpacked; open it in the "
                                        "word processor and save it again")
                     .arg(name);
    return bytes;
}

void append(QList<DocumentParagraph> *paragraphs, const QString &text, int headingLevel, bool inTable)
{
    // QString::trimmed() takes every Unicode space, U+3000 among them.
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        paragraphs->append(DocumentParagraph{trimmed, headingLevel, inTable});
}

QString xmlError(const QXmlStreamReader &xml, const QString &name)
{
    return DocumentParagraphs::tr("the document's part %1 is not well-formed XML (line %2: %3); open it in the "
                                  "word processor and save it again")
        .arg(name)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace documentparts
} // namespace zhibiao
