// CSV parsing and the importer's validation of each interchange kind. The first byte picks
// the kind; the rest is the file. Properties: parsing never crashes, what parses writes
// back to the same fields, and validation gives a result without touching the database.
#include "fuzzsupport.h"

#include "io/csv.h"
#include "io/importer.h"
#include "io/importfile.h"

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

    const CsvParseResult parsed = Csv::parse(data);
    if (parsed.error.isEmpty()) {
        if (parsed.errorLine != 0)
            fuzz::fail("an error line without an error");
        QList<QStringList> records;
        for (const CsvRecord &record : parsed.records)
            records << record.fields;
        const CsvParseResult again = Csv::parse(Csv::write(records));
        if (!again.error.isEmpty() || again.records.size() != parsed.records.size())
            fuzz::fail("written CSV does not read back", Csv::write(records));
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (again.records.at(i).fields != records.at(i))
                fuzz::fail("written CSV reads back different fields", Csv::write(records));
        }
    } else if (parsed.errorLine < 1) {
        fuzz::fail("a parse error without its line");
    }

    const Importer importer(fuzz::demoDatabase(), QStringLiteral("staff"));
    const ImportResult result = importer.validate(kind, data);
    if (!parsed.error.isEmpty() && result.ok())
        fuzz::fail("a file that does not parse was accepted");
    ImportFile::detectKind(RecordTable::fromCsv(parsed));
    return 0;
}
