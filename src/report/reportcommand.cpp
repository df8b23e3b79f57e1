#include "report/reportcommand.h"

#include "report/phrasebookstore.h"
#include "report/reportbuilder.h"
#include "report/reportexporter.h"
#include "report/reportloader.h"
#include "storage/database.h"

#include <QGuiApplication>

#include <algorithm>

namespace zhibiao {

bool ReportCommand::isFormat(const QString &name)
{
    return ReportExporter::formatFromName(name).has_value();
}

ReportCommand::Result ReportCommand::run(const Database &db, Period period, const QString &orgUnitCode,
                                         const QString &format, const QString &outputPath)
{
    Result result;
    const auto kind = ReportExporter::formatFromName(format);
    if (!kind) {
        result.error = tr("unknown report format '%1'").arg(format);
        return result;
    }
    const bool needsFonts = *kind == ReportExporter::Format::Pdf || *kind == ReportExporter::Format::Odt;
    if (needsFonts && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.error = tr("PDF and ODT output need the font database of a GUI application");
        return result;
    }
    bool found = false;
    const ReportData data = ReportLoader::load(db, period, orgUnitCode, &found);
    if (!found) {
        result.error = tr("no org unit with the code '%1'").arg(orgUnitCode);
        return result;
    }
    // A report of a period without any figure would print headings over nothing.
    const bool anyFigure = std::any_of(data.rows.cbegin(), data.rows.cend(),
                                       [](const StatusRow &row) { return row.evaluation.value.has_value(); });
    if (!anyFigure) {
        result.error = tr("There are no figures for %1 up to Q%2 for %3, so there is nothing to report. Nothing was "
                          "written. Import or enter that period's figures first, or choose a year that has them.")
                           .arg(period.year)
                           .arg(period.quarter)
                           .arg(data.orgUnitName.isEmpty() ? orgUnitCode : data.orgUnitName);
        return result;
    }
    const Phrasebook book = PhrasebookStore::load(db);
    const Report report = ReportBuilder(book).build(data);
    result.unresolved = report.unresolved;
    QString error;
    const ReportStyle style = needsFonts ? ReportStyle::defaults() : ReportStyle{};
    if (!ReportExporter::write(report, *kind, outputPath, style, db.path(), &error)) {
        result.error = error;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace zhibiao
