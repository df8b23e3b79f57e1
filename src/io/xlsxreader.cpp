#include "io/xlsxreader.h"

#include <minizip/unzip.h>

#include <QDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace zhibiao {

namespace {
const QString kRelationshipsDoc = QStringLiteral("xl/_rels/workbook.xml.rels");
constexpr int kMaxColumns = 16384; // the XLSX limit (XFD)

bool isElement(const QXmlStreamReader &xml, const char *name)
{
    return xml.name() == QLatin1String(name);
}
} // namespace

// The workbook's zip archive, read from memory through minizip's I/O hooks.
struct XlsxReader::Zip
{
    explicit Zip(const QByteArray &bytes) : data(bytes)
    {
        io.zopen64_file = [](voidpf opaque, const void *, int) -> voidpf { return opaque; };
        io.zread_file = [](voidpf opaque, voidpf, void *buf, uLong size) -> uLong {
            auto *zip = static_cast<Zip *>(opaque);
            const qint64 n = std::clamp<qint64>(zip->data.size() - zip->pos, 0, static_cast<qint64>(size));
            std::memcpy(buf, zip->data.constData() + zip->pos, static_cast<size_t>(n));
            zip->pos += n;
            return static_cast<uLong>(n);
        };
        io.zwrite_file = [](voidpf, voidpf, const void *, uLong) -> uLong { return 0; };
        io.ztell64_file = [](voidpf opaque, voidpf) -> ZPOS64_T {
            return static_cast<ZPOS64_T>(static_cast<Zip *>(opaque)->pos);
        };
        io.zseek64_file = [](voidpf opaque, voidpf, ZPOS64_T offset, int origin) -> long {
            auto *zip = static_cast<Zip *>(opaque);
            const qint64 base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                                : origin == ZLIB_FILEFUNC_SEEK_CUR ? zip->pos
                                                                   : zip->data.size();
            const qint64 target = base + static_cast<qint64>(offset);
            if (target < 0 || target > zip->data.size())
                return -1;
            zip->pos = target;
            return 0;
        };
        io.zclose_file = [](voidpf, voidpf) -> int { return 0; };
        io.zerror_file = [](voidpf, voidpf) -> int { return 0; };
        io.opaque = this;
        handle = unzOpen2_64("workbook.xlsx", &io);
    }
    ~Zip()
    {
        if (handle)
            unzClose(handle);
    }
    Zip(const Zip &) = delete;
    Zip &operator=(const Zip &) = delete;

    bool isOpen() const { return handle != nullptr; }
    bool contains(const QString &name)
    {
        return unzLocateFile(handle, name.toUtf8().constData(), 1) == UNZ_OK;
    }

    // The entry's bytes, or nullopt with *error set when it is missing or damaged.
    std::optional<QByteArray> entry(const QString &name, QString *error)
    {
        if (!contains(name)) {
            *error = XlsxReader::tr("the workbook lacks its part %1").arg(name);
            return std::nullopt;
        }
        if (unzOpenCurrentFile(handle) != UNZ_OK) {
            *error = XlsxReader::tr("the XLSX file is damaged: its part %1 cannot be unpacked").arg(name);
            return std::nullopt;
        }
        QByteArray bytes;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(handle, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        const int closed = unzCloseCurrentFile(handle); // checks the CRC
        if (n < 0 || closed != UNZ_OK) {
            *error = XlsxReader::tr("the XLSX file is damaged: its part %1 cannot be unpacked "
                                    "(a read or checksum error)").arg(name);
            return std::nullopt;
        }
        return bytes;
    }

    QByteArray data;
    qint64 pos = 0;
    zlib_filefunc64_def io{};
    unzFile handle = nullptr;
};

QString XlsxReader::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int XlsxReader::columnIndex(const QString &reference)
{
    int index = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        index = index * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : index - 1;
}

QString XlsxReader::numberText(const QString &stored)
{
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return stored;
    // 15 significant digits is what a spreadsheet shows and all a decimal figure can mean.
    return QString::number(value, 'g', 15);
}

QString XlsxReader::firstSheetPath(Zip &zip, QString *sheetName, QString *error)
{
    const auto workbook = zip.entry(QStringLiteral("xl/workbook.xml"), error);
    if (!workbook)
        return {};
    QString relationId;
    QXmlStreamReader xml(*workbook);
    bool sheetFound = false;
    while (!xml.atEnd() && !sheetFound) {
        xml.readNext();
        if (xml.isStartElement() && isElement(xml, "sheet")) {
            sheetFound = true;
            *sheetName = xml.attributes().value(QStringLiteral("name")).toString();
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                    relationId = attribute.value().toString();
            }
        }
    }
    if (xml.hasError()) {
        *error = tr("the XLSX file is damaged: xl/workbook.xml: %1").arg(xml.errorString());
        return {};
    }
    if (!sheetFound) {
        *error = tr("the workbook has no worksheet");
        return {};
    }

    QString target;
    if (zip.contains(kRelationshipsDoc)) {
        const auto rels = zip.entry(kRelationshipsDoc, error);
        if (!rels)
            return {};
        QXmlStreamReader relsXml(*rels);
        while (!relsXml.atEnd() && target.isEmpty()) {
            relsXml.readNext();
            if (relsXml.isStartElement() && isElement(relsXml, "Relationship")
                && relsXml.attributes().value(QStringLiteral("Id")) == relationId)
                target = relsXml.attributes().value(QStringLiteral("Target")).toString();
        }
    }
    if (target.isEmpty())
        return QStringLiteral("xl/worksheets/sheet1.xml"); // the usual place when rels say nothing
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

QStringList XlsxReader::sharedStrings(Zip &zip, QString *error)
{
    QStringList strings;
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(part))
        return strings;
    const auto data = zip.entry(part, error);
    if (!data)
        return strings;
    QXmlStreamReader xml(*data);
    QString current;
    int phoneticDepth = 0; // text inside <rPh> is a reading aid, not the cell's text
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isElement(xml, "si"))
                current.clear();
            else if (isElement(xml, "rPh"))
                ++phoneticDepth;
            else if (isElement(xml, "t") && phoneticDepth == 0)
                current += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (isElement(xml, "si"))
                strings << current;
            else if (isElement(xml, "rPh"))
                --phoneticDepth;
        }
    }
    if (xml.hasError())
        *error = tr("the XLSX file is damaged: %1: %2").arg(part, xml.errorString());
    return strings;
}

void XlsxReader::readSheet(const QByteArray &data, const QStringList &strings, RecordTable &table,
                           const ImportProgress &progress)
{
    QXmlStreamReader xml(data);
    int rowNumber = 0;
    int column = -1;
    QString cellRef;
    QString type;
    QString value;
    QStringList fields;
    bool inCell = false;
    int rowsRead = 0;
    auto fail = [&](const QString &message) {
        table.errorLine = rowNumber;
        table.error = message;
    };

    while (!xml.atEnd() && table.ok()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isElement(xml, "row")) {
                const QString r = xml.attributes().value(QStringLiteral("r")).toString();
                rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
                if (rowNumber <= 0)
                    fail(tr("the worksheet has a row numbered '%1'").arg(r));
                fields.clear();
                column = -1;
            } else if (isElement(xml, "c")) {
                cellRef = xml.attributes().value(QStringLiteral("r")).toString();
                column = cellRef.isEmpty() ? column + 1 : columnIndex(cellRef);
                if (column < 0 || column >= kMaxColumns)
                    fail(tr("row %1: the cell reference '%2' is not valid").arg(rowNumber).arg(cellRef));
                if (cellRef.isEmpty())
                    cellRef = columnName(column) + QString::number(rowNumber);
                type = xml.attributes().value(QStringLiteral("t")).toString();
                value.clear();
                inCell = true;
            } else if (inCell && isElement(xml, "v")) {
                value = xml.readElementText();
            } else if (inCell && isElement(xml, "t")) {
                value += xml.readElementText(); // inline string, possibly in rich-text runs
            } else if (inCell && isElement(xml, "f")) {
                xml.readElementText(); // the formula itself: its cached result is in <v>
            }
        } else if (xml.isEndElement()) {
            if (isElement(xml, "c") && inCell) {
                inCell = false;
                QString text;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= strings.size()) {
                        fail(tr("cell %1 refers to a shared string that the workbook lacks").arg(cellRef));
                        break;
                    }
                    text = strings.at(index);
                } else if (type == QLatin1String("b")) {
                    text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    if (value.isEmpty())
                        text.clear();
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    text = numberText(value);
                } else {
                    text = value; // inlineStr, str (a formula's text), e (an error such as #DIV/0!), d
                }
                while (fields.size() <= column)
                    fields << QString();
                fields[column] = text;
            } else if (isElement(xml, "row")) {
                const bool blank = std::all_of(fields.cbegin(), fields.cend(),
                                               [](const QString &f) { return f.trimmed().isEmpty(); });
                if (!blank)
                    table.records << CsvRecord{rowNumber, fields};
                if (progress && ++rowsRead % 500 == 0)
                    progress(static_cast<int>(xml.characterOffset() / 1024), static_cast<int>(data.size() / 1024));
            }
        }
    }
    if (table.ok() && xml.hasError())
        fail(tr("the XLSX file is damaged: its worksheet cannot be read (%1)").arg(xml.errorString()));
}

RecordTable XlsxReader::read(const QByteArray &data, const ImportProgress &progress)
{
    RecordTable table;
    table.source = RecordTable::Source::Xlsx;
    if (data.isEmpty()) {
        table.error = tr("the file is empty");
        return table;
    }
    if (data.startsWith("\xD0\xCF\x11\xE0")) {
        table.error = tr("this is an Excel 97-2003 (.xls) or password-protected workbook; save it "
                         "as an Excel Workbook (.xlsx) without a password and import that");
        return table;
    }
    if (!data.startsWith("PK")) {
        table.error = tr("the file is not an XLSX workbook (an XLSX file is a zip archive); "
                         "if it is CSV text, give it the .csv extension");
        return table;
    }
    Zip zip(data);
    if (!zip.isOpen()) {
        table.error = tr("the XLSX file is damaged: its zip archive cannot be read; save the "
                         "workbook again from the spreadsheet program");
        return table;
    }
    if (!zip.contains(QStringLiteral("xl/workbook.xml"))) {
        table.error = tr("the zip archive holds no workbook (xl/workbook.xml): it is not an XLSX file");
        return table;
    }
    QString error;
    QString sheetName;
    const QString sheetPath = firstSheetPath(zip, &sheetName, &error);
    const QStringList strings = error.isEmpty() ? sharedStrings(zip, &error) : QStringList();
    const auto sheet = error.isEmpty() ? zip.entry(sheetPath, &error) : std::nullopt;
    if (!error.isEmpty()) {
        table.error = error;
        return table;
    }
    readSheet(*sheet, strings, table, progress);
    if (table.ok() && table.records.isEmpty())
        table.error = tr("the first worksheet (%1) of the workbook is empty").arg(sheetName);
    return table;
}

} // namespace zhibiao
