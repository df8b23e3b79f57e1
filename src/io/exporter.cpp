#include "io/exporter.h"

#include "io/csv.h"
#include "io/importfile.h"
#include "io/xlsxsheetwriter.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/outputfile.h"
#include "storage/targetrepository.h"


namespace zhibiao {

namespace {

// Columns written as numbers in a workbook; the others (codes, notes) stay text.
QSet<int> numberColumnsOf(InterchangeKind kind)
{
    switch (kind) {
    case InterchangeKind::Indicators:
        return {7, 9}; // precision, sort
    case InterchangeKind::OrgUnits:
        return {};
    case InterchangeKind::Targets:
        return {2, 3}; // year, target
    case InterchangeKind::Figures:
        return {2, 3, 4}; // year, quarter, value
    }
    return {};
}

bool saveSheet(const QString &path, const XlsxSheet &sheet, const QString &databasePath, QString *error)
{
    const QByteArray bytes = XlsxSheetWriter::render(sheet, error);
    return !bytes.isEmpty() && OutputFile::save(path, bytes, databasePath, error);
}

} // namespace

QList<QStringList> Exporter::records(InterchangeKind kind, int year) const
{
    QList<QStringList> records{Interchange::columns(kind) + Interchange::optionalColumns(kind)};
    switch (kind) {
    case InterchangeKind::Indicators:
        for (const Indicator &i : CatalogueRepository(m_db).indicators(true))
            records << QStringList{i.code, i.category, i.subcategory, i.name, i.unit,
                                   toString(i.kind), toString(i.direction),
                                   QString::number(i.precision), i.parentCode,
                                   QString::number(i.sortOrder),
                                   i.schedule ? i.schedule->toString() : QString(), i.phrase,
                                   clausesToString(i.clauses)};
        break;
    case InterchangeKind::OrgUnits: {
        const OrgTree tree = OrgUnitRepository(m_db).tree(); // outlives the loop over its units
        for (const OrgUnit &unit : tree.units())
            records << QStringList{unit.code, unit.name, unit.parentCode};
        break;
    }
    case InterchangeKind::Targets:
        for (const Target &t : TargetRepository(m_db).targets(year))
            records << QStringList{t.indicatorCode, t.orgUnitCode, QString::number(t.year),
                                   Interchange::formatValue(t.value)};
        break;
    case InterchangeKind::Figures:
        for (const Figure &f : FigureRepository(m_db).figures(year))
            records << QStringList{f.indicatorCode, f.orgUnitCode, QString::number(f.period.year),
                                   QString::number(f.period.quarter),
                                   Interchange::formatValue(f.value), f.note};
        break;
    }
    return records;
}

QByteArray Exporter::exportCsv(InterchangeKind kind, int year) const
{
    return Csv::write(records(kind, year));
}

bool Exporter::exportFile(InterchangeKind kind, int year, const QString &path, QString *error) const
{
    if (ImportFile::formatOf(path) == ImportFile::Format::Csv)
        return OutputFile::save(path, exportCsv(kind, year), m_db.path(), error);
    QList<QStringList> rows = records(kind, year);
    XlsxSheet sheet;
    sheet.name = Interchange::name(kind);
    sheet.header = rows.takeFirst();
    sheet.rows = rows;
    sheet.numberColumns = numberColumnsOf(kind);
    return saveSheet(path, sheet, m_db.path(), error);
}

QStringList Exporter::templateColumns()
{
    return Interchange::columns(InterchangeKind::Figures) << QStringLiteral("name") << QStringLiteral("unit");
}

QList<QStringList> Exporter::templateRecords(const QString &orgUnitCode, Period period) const
{
    QList<QStringList> records{templateColumns()};
    for (const Indicator &i : CatalogueRepository(m_db).indicators(false))
        records << QStringList{i.code, orgUnitCode, QString::number(period.year), QString::number(period.quarter),
                               QString(), QString(), i.name, i.unit};
    return records;
}

bool Exporter::exportTemplate(const QString &orgUnitCode, Period period, const QString &path,
                              QString *error) const
{
    if (!OrgUnitRepository(m_db).tree().find(orgUnitCode)) {
        *error = tr("no org unit with the code '%1'").arg(orgUnitCode);
        return false;
    }
    if (period.quarter < 1 || period.quarter > 4) {
        *error = tr("the quarter must be 1, 2, 3 or 4");
        return false;
    }
    QList<QStringList> rows = templateRecords(orgUnitCode, period);
    if (ImportFile::formatOf(path) == ImportFile::Format::Csv)
        return OutputFile::save(path, Csv::write(rows), m_db.path(), error);
    XlsxSheet sheet;
    sheet.name = QStringLiteral("%1 %2Q%3").arg(orgUnitCode).arg(period.year).arg(period.quarter);
    sheet.header = rows.takeFirst();
    sheet.rows = rows;
    sheet.numberColumns = numberColumnsOf(InterchangeKind::Figures);
    sheet.editableColumns = {4, 5}; // value, note
    sheet.helperColumns = {6, 7};   // name, unit
    return saveSheet(path, sheet, m_db.path(), error);
}

} // namespace zhibiao
