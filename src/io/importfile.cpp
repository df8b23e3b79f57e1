#include "io/importfile.h"

#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace zhibiao {

ImportFile::Format ImportFile::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                             : Format::Csv;
}

RecordTable ImportFile::read(const QByteArray &data, Format format, const ImportProgress &progress)
{
    if (format == Format::Xlsx)
        return XlsxReader::read(data, progress);
    return RecordTable::fromCsv(Csv::parse(data));
}

RecordTable ImportFile::readFile(const QString &path, const ImportProgress &progress)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xls"), Qt::CaseInsensitive) == 0) {
        RecordTable table;
        table.error = tr("%1 is an Excel 97-2003 workbook; save it as an Excel Workbook (.xlsx) or "
                         "CSV (UTF-8) and import that").arg(QFileInfo(path).fileName());
        return table;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RecordTable table;
        table.source = formatOf(path) == Format::Xlsx ? RecordTable::Source::Xlsx : RecordTable::Source::Csv;
        table.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return table;
    }
    return read(file.readAll(), formatOf(path), progress);
}

std::optional<InterchangeKind> ImportFile::detectKind(const RecordTable &table)
{
    if (!table.ok() || table.records.isEmpty())
        return std::nullopt;
    QSet<QString> header;
    for (const QString &field : table.records.first().fields)
        header.insert(field.trimmed().toLower());
    std::optional<InterchangeKind> found;
    int bestColumns = 0;
    for (InterchangeKind kind : {InterchangeKind::Indicators, InterchangeKind::OrgUnits,
                                 InterchangeKind::Targets, InterchangeKind::Figures}) {
        const QStringList columns = Interchange::columns(kind);
        const bool fits = std::all_of(columns.cbegin(), columns.cend(),
                                      [&](const QString &c) { return header.contains(c); });
        // org-units' columns are a subset of the indicators': the kind with more columns wins.
        if (fits && columns.size() > bestColumns) {
            found = kind;
            bestColumns = static_cast<int>(columns.size());
        }
    }
    return found;
}

} // namespace zhibiao
