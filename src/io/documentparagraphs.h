#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// One paragraph of a word-processor document, its runs joined, in document order.
struct DocumentParagraph
{
    QString text;      // the paragraph's text, runs joined, tabs and line breaks as spaces
    int headingLevel = 0; // 1, 2 … for a heading (outline level or Heading style); 0 for body text
    bool inTable = false; // a paragraph of a table cell

    friend bool operator==(const DocumentParagraph &, const DocumentParagraph &) = default;
};

// Reads the paragraphs of a .docx (word/document.xml), .odt (content.xml) or plain text
// file (UTF-8, one paragraph per line), for turning last year's report into a template.
class DocumentParagraphs
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DocumentParagraphs)

public:
    enum class Format { Docx, Odt, Text };
    // By the file name's suffix (.docx, .odt, .txt); nullopt for any other.
    static std::optional<Format> formatOf(const QString &fileName);
    // The paragraphs that hold text (empty ones are dropped). On a damaged or foreign file
    // returns an empty list and says in *error what is wrong and what to do.
    static QList<DocumentParagraph> read(const QByteArray &bytes, Format format, QString *error);
    // Reads the file; *error also covers a file that cannot be opened.
    static QList<DocumentParagraph> readFile(const QString &path, QString *error);
};

} // namespace zhibiao
