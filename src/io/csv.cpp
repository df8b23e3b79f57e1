#include "io/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace zhibiao::Csv {

CsvParseResult parse(const QByteArray &data)
{
    CsvParseResult result;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // No UTF-8 sequence holds a newline byte, so each line decodes on its own: the first
        // that fails is where the file's other encoding (GBK, most often) shows.
        int badLine = 1;
        for (const QByteArray &physical : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder.decode(physical); // decode() is lazy: the QString does the work
            if (lineDecoder.hasError())
                break;
            ++badLine;
        }
        result.errorLine = badLine;
        result.error = QCoreApplication::translate("zhibiao::Csv",
                                                   "the file is not UTF-8 text (this line is in another encoding, "
                                                   "such as GBK): save it as \"CSV UTF-8\" and import it again");
        return result;
    }

    int line = 1;
    int recordLine = 1;
    QString field;
    QStringList fields;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;

    auto endField = [&] {
        fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it (such as a trailing newline) is no record.
        if (recordHasContent || fields.size() > 1)
            result.records << CsvRecord{recordLine, fields};
        fields.clear();
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                // A line break inside a cell is kept as LF whatever the file used (CRLF, or
                // CR alone), so that a field reads the same after it is written back.
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field += QLatin1Char('\n');
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.errorLine = line;
                result.error = QStringLiteral("a quote inside an unquoted field (quote the whole "
                                              "field and double the quote: \"\")");
                return result;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (fieldWasQuoted) {
                result.errorLine = line;
                result.error = QStringLiteral("text after a closing quote");
                return result;
            }
            field += c;
            recordHasContent = true;
        }
    }
    if (inQuotes) {
        result.errorLine = recordLine;
        result.error = QStringLiteral("a quoted field is not closed before the end of the file");
        return result;
    }
    if (recordHasContent || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return result;
}

QByteArray write(const QList<QStringList> &records)
{
    QString out;
    for (const QStringList &record : records) {
        QStringList quoted;
        for (const QString &field : record) {
            // A record of one empty field is written "" : bare, it would be an empty line,
            // which reads as no record at all. A U+FEFF opening the file would read back
            // as a byte-order mark and vanish.
            const bool onlyEmptyField = record.size() == 1 && field.isEmpty();
            const bool looksLikeBom = out.isEmpty() && quoted.isEmpty() && field.startsWith(QChar(0xFEFF));
            const bool needsQuotes = onlyEmptyField || looksLikeBom || field.contains(QLatin1Char(','))
                                     || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
                                     || field.contains(QLatin1Char('\r'));
            if (needsQuotes) {
                QString escaped = field;
                escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
                quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
            } else {
                quoted << field;
            }
        }
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace zhibiao::Csv
