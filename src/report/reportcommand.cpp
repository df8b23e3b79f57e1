#include "report/reportcommand.h"

#include "report/phrasebookstore.h"
#include "report/reportbuilder.h"
#include "report/reportexporter.h"
#include "report/reportloader.h"
#include "storage/database.h"

#include <QGuiApplication>

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
