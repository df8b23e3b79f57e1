#include "cli/cliapp.h"

#include "cli/statusformatter.h"
#include "core/appsettings.h"
#include "core/statustable.h"
#include "dashboard/dashboardexporter.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/importfile.h"
#include "io/importwarnings.h"
#include "report/reportcommand.h"
#include "report/reporttargetscommand.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/quarterstaterepository.h"

#include <QFileInfo>

#include <algorithm>

// The commands CliApp::run hands an open file once it has checked their arguments; their
// messages stay CliApp's (tr), as the catalogue has them.
namespace zhibiao {

int CliApp::fail(QTextStream &err, const QString &message, int code)
{
    err << tr("zhibiao-cli: %1").arg(message) << '\n';
    err.flush();
    return code;
}

int CliApp::dataError(const QString &message)
{
    return fail(m_err, message);
}

// import KIND FILE: the warnings first, then all of the file's rows or none of them.
int CliApp::importFile(const Database &db, const Request &request)
{
    const QStringList &args = request.args;
    const Importer importer(db, request.user);
    const RecordTable table = ImportFile::read(request.importData, ImportFile::formatOf(args.at(2)));
    ImportRows rows = importer.read(*request.kind, table);
    // What the entry grid would warn about, said before the rows are written.
    const QList<ImportWarning> warnings = rows.result.ok() ? ImportWarnings::of(db, rows) : QList<ImportWarning>();
    for (const ImportWarning &warning : warnings.first(std::min<qsizetype>(50, warnings.size())))
        m_err << tr("%1: warning: %2").arg(args.at(2), warning.toString()) << '\n';
    if (warnings.size() > 50)
        m_err << tr("%1: … and %n more warning(s), not shown.", nullptr, static_cast<int>(warnings.size() - 50))
                     .arg(args.at(2))
              << '\n';
    const ImportResult result = importer.write(*request.kind, rows, QFileInfo(args.at(2)).fileName());
    if (result.writeFailure)
        return dataError(result.errors.first().toString());
    if (!result.ok()) {
        // Enough to start correcting; a file with thousands of bad rows is one mistake.
        constexpr qsizetype kShown = 50;
        for (const ImportIssue &issue : result.errors.first(std::min(kShown, result.errors.size())))
            m_err << args.at(2) << ": " << issue.toString() << '\n';
        if (result.errors.size() > kShown)
            m_err << tr("%1: … and %n more error(s), not shown.", nullptr,
                        static_cast<int>(result.errors.size() - kShown))
                         .arg(args.at(2))
                  << '\n';
        return dataError(tr("%1 was not imported (%n error(s)); nothing was changed. "
                            "Correct what is listed above and import the file again.", nullptr,
                            static_cast<int>(result.errors.size())).arg(args.at(2)));
    }
    m_out << tr("Imported %1: %2 new, %3 changed, %4 unchanged.")
                 .arg(args.at(2))
                 .arg(result.counts.inserted)
                 .arg(result.counts.updated)
                 .arg(result.counts.unchanged)
          << '\n';
    return Success;
}

// export KIND FILE (- for stdout), or export template FILE: an entry template.
int CliApp::exportFile(const Database &db, const Request &request)
{
    const QStringList &args = request.args;
    QString error;
    if (!request.kind) {
        const Period period{request.year, request.quarter};
        if (!Exporter(db).exportTemplate(request.orgUnit, period, args.at(2), &error))
            return dataError(error);
    } else if (args.at(2) == QLatin1String("-")) {
        m_out << QString::fromUtf8(Exporter(db).exportCsv(*request.kind, request.year));
    } else if (!Exporter(db).exportFile(*request.kind, request.year, args.at(2), &error)) {
        return dataError(error);
    }
    return Success;
}

// report: the written report with the window's fonts and thresholds, or --check its gaps.
int CliApp::report(const Database &db, const Request &request)
{
    ReportCommand::Options options{Period{request.year, request.quarter}, request.orgUnit, request.format,
                                   request.output, request.check, request.allowBlanks,
                                   AppSettings().thresholds(), FontChoice{}}; // the window's Preferences
    const AppSettings preferences;
    options.fonts = FontChoice{preferences.reportFont(AppSettings::FontRole::Title),
                               preferences.reportFont(AppSettings::FontRole::Body),
                               preferences.reportFont(AppSettings::FontRole::Heading),
                               preferences.reportFont(AppSettings::FontRole::Subheading)};
    const ReportCommand::Result result = ReportCommand::run(db, options);
    if (!result.fontNote.isEmpty())
        m_err << result.fontNote << '\n';
    for (const ReportIssue &issue : result.issues)
        m_err << tr("zhibiao-cli: %1: %2: %3")
                     .arg(issue.where, issue.what.isEmpty() ? tr("(the whole section)") : issue.what, issue.why)
              << '\n';
    if (!result.ok)
        return dataError(result.error);
    if (request.check)
        m_out << tr("The report of %1 up to Q%2 says everything it should: no gaps.")
                     .arg(request.year)
                     .arg(request.quarter)
              << '\n';
    else if (!result.unresolved.isEmpty())
        m_err << tr("zhibiao-cli: warning: written with %n blank(s) marked （待补）.", nullptr,
                    static_cast<int>(result.unresolved.size()))
              << '\n';
    return Success;
}

// report-targets: next year's proposed targets, and --adopt them.
int CliApp::reportTargets(const Database &db, const Request &request)
{
    QString error;
    const ReportTargetsCommand::Options options{request.year, request.orgUnit, request.format,
                                                request.adopt, request.overwrite, request.user};
    if (!ReportTargetsCommand::run(db, options, m_out, &error))
        return dataError(error);
    return Success;
}

// dashboard: the dashboard drawn into a .png or .pdf file.
int CliApp::dashboard(const Database &db, const Request &request)
{
    QString error;
    if (!DashboardExporter::exportFile(db, Period{request.year, request.quarter}, request.orgUnit,
                                       request.output, AppSettings().thresholds(), &error))
        return dataError(error);
    m_out << tr("Dashboard written to %1.").arg(request.output) << '\n';
    return Success;
}

// submit, approve, return: one step of a quarter's workflow.
int CliApp::applyAction(const Database &db, const Request &request)
{
    const QuarterStatus after = QuarterStateRepository(db).apply(
        request.orgUnit, Period{request.year, request.quarter}, *request.action, request.user, request.reason);
    m_out << tr("%1 %2 is now %3.").arg(after.orgUnitCode, after.period.toString(), toString(after.state))
          << '\n';
    return Success;
}

// status: each indicator's figure against its target, as text, JSON or CSV.
int CliApp::status(const Database &db, const Request &request)
{
    const OrgTree tree = OrgUnitRepository(db).tree();
    QString orgUnit = request.orgUnit;
    if (orgUnit.isEmpty() && tree.root())
        orgUnit = tree.root()->code;
    if (!tree.find(orgUnit))
        return dataError(tr("no org unit with the code '%1'").arg(orgUnit));
    const QList<Indicator> catalogue = CatalogueRepository(db).indicators(false);
    // The city's additive figures are its counties' sums, as in the window and the report.
    const QList<StatusRow> rows =
        buildStatusTable(catalogue, FigureRepository(db).statedYearFigures(request.year, orgUnit, tree, catalogue),
                         Period{request.year, request.quarter}, AppSettings().thresholds()); // the window's Preferences
    if (request.format == QLatin1String("json"))
        m_out << QString::fromUtf8(StatusFormatter::json(rows, orgUnit));
    else if (request.format == QLatin1String("csv"))
        m_out << QString::fromUtf8(StatusFormatter::csv(rows, orgUnit));
    else
        m_out << StatusFormatter::text(rows);
    return Success;
}

} // namespace zhibiao
