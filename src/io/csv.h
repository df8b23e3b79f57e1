#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace zhibiao {

// One record of a CSV file and the line it starts on (1-based, counting the header).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvParseResult
{
    QList<CsvRecord> records; // the header first
    int errorLine = 0;        // 0 when the file parsed
    QString error;
};

// RFC 4180 CSV in UTF-8, with or without a byte-order mark, LF, CRLF or CR line ends. A line
// break inside a quoted field comes out as LF.
namespace Csv {
CsvParseResult parse(const QByteArray &data);
// UTF-8 without BOM, LF line ends, quoting only where a field needs it.
QByteArray write(const QList<QStringList> &records);
} // namespace Csv

} // namespace zhibiao
