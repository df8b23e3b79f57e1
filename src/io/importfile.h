#pragma once

#include "io/interchange.h"
#include "io/recordtable.h"

#include <QCoreApplication>

#include <optional>

namespace zhibiao {

// An import file of either format, chosen by its extension: .xlsx is a workbook, anything
// else is read as CSV.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportFile)

public:
    enum class Format { Csv, Xlsx };

    static Format formatOf(const QString &path);
    static RecordTable read(const QByteArray &data, Format format, const ImportProgress &progress = {});
    // Reads the file from disk; a file that cannot be opened gives a table with its error.
    static RecordTable readFile(const QString &path, const ImportProgress &progress = {});
    // The kind whose columns the header row holds, when exactly one fits.
    static std::optional<InterchangeKind> detectKind(const RecordTable &table);
};

} // namespace zhibiao
