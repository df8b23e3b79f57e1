// XLSX workbooks: the zip container, its XML and the sheet's cells, then the importer's
// checks of the rows read. The first byte picks the interchange kind.
#include "fuzzsupport.h"

#include "io/importer.h"
#include "io/importfile.h"
#include "io/xlsxreader.h"

#include <cstddef>
#include <cstdint>

using namespace zhibiao;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const auto kind = static_cast<InterchangeKind>(bytes[0] % 4);
    const QByteArray data(reinterpret_cast<const char *>(bytes + 1), static_cast<qsizetype>(size - 1));

    const RecordTable table = ImportFile::read(data, ImportFile::Format::Xlsx);
    if (!table.ok()) {
        if (table.error.isEmpty())
            fuzz::fail("an unreadable workbook without a message");
        return 0;
    }
    const Importer importer(fuzz::demoDatabase(), QStringLiteral("staff"));
    const ImportRows rows = importer.read(ImportFile::detectKind(table).value_or(kind), table);
    if (rows.lines.size() != rows.indicators.size() + rows.orgUnits.size() + rows.targets.size()
                                 + rows.figures.size())
        fuzz::fail("accepted rows and their lines differ in number");
    return 0;
}
