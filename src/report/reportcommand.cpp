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

ReportCommand::Result ReportCommand::run(const Database &db, const Options &options)
{
    Result result;
    const auto kind = ReportExporter::formatFromName(options.format);
    if (!options.check && !kind) {
        result.error = tr("unknown report format '%1'").arg(options.format);
        return result;
    }
    const bool needsFonts = kind && (*kind != ReportExporter::Format::Html && *kind != ReportExporter::Format::Text);
    if (!options.check && needsFonts && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.error = tr("PDF, ODT and DOCX output need the font database of a GUI application");
        return result;
    }
    bool found = false;
    const ReportData data = ReportLoader::load(db, options.period, options.orgUnitCode, &found, options.thresholds);
    if (!found) {
        result.error = tr("no org unit with the code '%1'").arg(options.orgUnitCode);
        return result;
    }
    // A report of a period without any figure would print headings over nothing.
    const bool anyFigure = std::any_of(data.rows.cbegin(), data.rows.cend(),
                                       [](const StatusRow &row) { return row.evaluation.value.has_value(); });
    if (!anyFigure) {
        result.error = tr("There are no figures for %1 up to Q%2 for %3, so there is nothing to report. Nothing was "
                          "written. Import or enter that period's figures first, or choose a year that has them.")
                           .arg(options.period.year)
                           .arg(options.period.quarter)
                           .arg(data.orgUnitName.isEmpty() ? options.orgUnitCode : data.orgUnitName);
        return result;
    }
    const Phrasebook book = PhrasebookStore::load(db);
    const Report report = ReportBuilder(book).build(data);
    result.unresolved = report.unresolved;
    result.issues = report.issues;
    if (options.check) {
        result.ok = report.issues.isEmpty();
        if (!result.ok)
            result.error = tr("the report has %n gap(s), listed above; nothing was written", nullptr,
                              static_cast<int>(report.issues.size()));
        return result;
    }
    if (!report.unresolved.isEmpty() && !options.allowBlanks) {
        result.error = tr("%n placeholder(s) of the narratives have no value (listed above), so the report was not "
                          "written. Correct the narratives, or write it anyway with --allow-blanks (they print as "
                          "a marked blank).",
                          nullptr, static_cast<int>(report.unresolved.size()));
        return result;
    }
    QString error;
    ReportStyle style;
    if (needsFonts) {
        const ResolvedStyle resolved = ReportStyle::resolve(options.fonts);
        style = resolved.style;
        result.fontNote = resolved.summary();
    }
    if (!ReportExporter::write(report, *kind, options.outputPath, style, db.path(), &error)) {
        result.error = error;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace zhibiao
