#include "io/recordtable.h"

namespace zhibiao {

RecordTable RecordTable::fromCsv(const CsvParseResult &csv)
{
    RecordTable table;
    table.source = Source::Csv;
    table.records = csv.records;
    table.errorLine = csv.errorLine;
    table.error = csv.error;
    return table;
}

} // namespace zhibiao
