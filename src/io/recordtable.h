#pragma once

#include "io/csv.h"

#include <QList>
#include <QString>

#include <functional>

namespace zhibiao {

// Reports how far a long step has come: done of total (total 0 while unknown).
using ImportProgress = std::function<void(int done, int total)>;

// The rows of an import file, read but not yet validated: the header first, each with the
// line (CSV) or row number (spreadsheet) it came from. CSV and XLSX files both become one,
// so that the importer checks them alike.
struct RecordTable
{
    enum class Source { Csv, Xlsx };

    Source source = Source::Csv;
    QList<CsvRecord> records;
    int errorLine = 0; // where the file could not be read; 0 when it was read
    QString error;

    bool ok() const { return error.isEmpty(); }
    static RecordTable fromCsv(const CsvParseResult &csv);
};

} // namespace zhibiao
