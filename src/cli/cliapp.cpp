#include "cli/cliapp.h"

#include "cli/backupcommand.h"
#include "cli/initcommand.h"
#include "cli/narrativescommand.h"
#include "report/templatecommand.h"
#include "cli/profilecommand.h"
#include "cli/userscommand.h"
#include "core/quarterstate.h"
#include "io/interchange.h"
#include "report/reportcommand.h"
#include "report/reporttargetscommand.h"
#include "storage/backupstore.h"
#include "storage/dailybackup.h"
#include "storage/database.h"
#include "storage/pathcheck.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// zhibiao-cli's command line: its options, the checks that refuse a mistyped one before any
// file is opened, and the hand-over to the command (the ones without a class of their own
// are in cliappcommands.cpp).
namespace zhibiao {

namespace {

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), CliApp::tr("The bureau's database file."), QStringLiteral("FILE")};
    QCommandLineOption user{QStringLiteral("user"), CliApp::tr("Who acts (recorded in the audit log)."), QStringLiteral("NAME")};
    QCommandLineOption demo{QStringLiteral("demo"), CliApp::tr("init: fill the new database with the demo bureau.")};
    QCommandLineOption force{QStringLiteral("force"), CliApp::tr("init: also an existing file, where nothing is lost.")};
    QCommandLineOption role{QStringLiteral("role"), CliApp::tr("users add: staff, leader or admin."), QStringLiteral("ROLE")};
    QCommandLineOption city{QStringLiteral("city"), CliApp::tr("init, profile: the city (or county) the bureau serves."), QStringLiteral("NAME")};
    QCommandLineOption bureau{QStringLiteral("bureau"), CliApp::tr("init, profile: the bureau's name."), QStringLiteral("NAME")};
    QCommandLineOption issuer{QStringLiteral("issuer"), CliApp::tr("profile: the issuing body of the report's 落款."), QStringLiteral("NAME")};
    QCommandLineOption leadership{QStringLiteral("leadership"), CliApp::tr("profile: whose guidance the opening names."), QStringLiteral("TEXT")};
    QCommandLineOption date{QStringLiteral("date"), CliApp::tr("profile: the report's date, YYYY-MM-DD."), QStringLiteral("DATE")};
    QCommandLineOption check{QStringLiteral("check"), CliApp::tr("report: list what the report cannot say; write nothing.")};
    QCommandLineOption allowBlanks{QStringLiteral("allow-blanks"), CliApp::tr("report: write it although placeholders have no value.")};
    QCommandLineOption year{QStringLiteral("year"), CliApp::tr("The year."), QStringLiteral("Y")};
    QCommandLineOption quarter{QStringLiteral("quarter"), CliApp::tr("Up to this quarter (1-4; default 4)."), QStringLiteral("Q")};
    QCommandLineOption orgUnit{QStringLiteral("org-unit"), CliApp::tr("Org unit code (default: the city)."), QStringLiteral("CODE")};
    QCommandLineOption reason{QStringLiteral("reason"), CliApp::tr("return: why the quarter goes back."), QStringLiteral("TEXT")};
    QCommandLineOption format{QStringLiteral("format"), CliApp::tr("status: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text")};
    QCommandLineOption to{QStringLiteral("to"), CliApp::tr("backup: the folder for the copy (default: FILE-backups beside the file)."), QStringLiteral("DIR")};
    QCommandLineOption adopt{QStringLiteral("adopt"), CliApp::tr("report-targets: adopt the proposals as next year's targets.")};
    QCommandLineOption overwrite{QStringLiteral("overwrite"), CliApp::tr("report-targets: replace next year's different targets.")};
    QCommandLineOption replace{QStringLiteral("replace"), CliApp::tr("template-from-report: replace the narratives the year after already has.")};
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")}, CliApp::tr("report: the file to write."), QStringLiteral("FILE")};
};

QString usageText()
{
    return CliApp::tr(
        "Usage: zhibiao-cli --db FILE [--user NAME] COMMAND ...\n"
        "Commands:\n"
        "  init [--demo] [--force] [--city NAME --bureau NAME]   create a new bureau file (or the demo bureau)\n"
        "  profile [--city NAME] [--bureau NAME] [--issuer NAME] [--leadership TEXT] [--date YYYY-MM-DD]\n"
        "  import indicators|org-units|targets|figures FILE   import an interchange file (.csv or .xlsx)\n"
        "  export indicators|org-units|targets|figures FILE [--year Y]   write one as .csv or .xlsx (FILE - for stdout)\n"
        "  export template FILE --org-unit CODE --year Y --quarter Q   a figures entry template (.xlsx or .csv)\n"
        "  status --year Y [--quarter Q] [--org-unit CODE] [--format text|json|csv]\n"
        "  submit|approve|return --org-unit CODE --year Y --quarter Q [--reason TEXT]\n"
        "  report --year Y [--quarter Q] [--org-unit CODE] --format pdf|odt|docx|html|txt -o OUT [--allow-blanks]\n"
        "  report --year Y [--quarter Q] [--org-unit CODE] --check   what the report cannot say\n"
        "  narratives export FILE [--year Y] | narratives import FILE   sections 二 and 三 as CSV\n"
        "  report-targets --year Y [--org-unit CODE] [--adopt [--overwrite]] [--format text|csv]\n"
        "  template-from-report FILE --year Y [--replace]   last year's report (.docx/.odt/.txt) as Y+1's sections 二 and 三\n"
        "  dashboard --year Y --quarter Q [--org-unit CODE] -o OUT.png|OUT.pdf\n"
        "  backup [--to DIR] | backups | restore BACKUP     a checked copy, the list of copies, put one back\n"
        "  users | users add NAME --role staff|leader|admin [--org-unit CODE]   the people and their roles\n"
        "Exit codes: 0 success, 1 usage error, 2 data error.\n");
}

QString defaultUser()
{
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("zhibiao-cli") : name;
}

} // namespace

int CliApp::run(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({o.db, o.user, o.demo, o.force, o.role, o.city, o.bureau, o.issuer, o.leadership, o.date,
                       o.check, o.allowBlanks, o.year, o.quarter, o.orgUnit, o.reason, o.format, o.output, o.adopt, o.overwrite, o.replace, o.to});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);

    auto usage = [&](const QString &message) {
        if (!message.isEmpty())
            m_err << tr("zhibiao-cli: %1").arg(message) << '\n';
        m_err << usageText();
        m_err.flush();
        return UsageError;
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << usageText();
        m_out.flush();
        return Success;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("no command given"));
    if (!parser.isSet(o.db))
        return usage(tr("--db FILE is required"));

    const QString command = args.first();
    const QString dbPath = parser.value(o.db);
    const QString user = parser.isSet(o.user) ? parser.value(o.user) : defaultUser();
    if (parser.isSet(o.user) && user.trimmed().isEmpty())
        return usage(tr("--user needs a name (one of the bureau's users)"));

    auto intOption = [&](const QCommandLineOption &option, int min, int max, int fallback, bool *ok) {
        *ok = true;
        if (!parser.isSet(option))
            return fallback;
        const int value = parser.value(option).toInt(ok);
        if (!*ok || value < min || value > max) {
            *ok = false;
            return fallback;
        }
        return value;
    };

    static const QStringList commands = {QStringLiteral("init"), QStringLiteral("import"),
                                         QStringLiteral("export"), QStringLiteral("status"),
                                         QStringLiteral("submit"), QStringLiteral("approve"),
                                         QStringLiteral("return"), QStringLiteral("report"),
                                         QStringLiteral("report-targets"),
                                         QStringLiteral("dashboard"), QStringLiteral("backup"),
                                         QStringLiteral("backups"), QStringLiteral("restore"),
                                         QStringLiteral("users"), QStringLiteral("profile"),
                                         QStringLiteral("narratives"), QStringLiteral("template-from-report")};
    if (!commands.contains(command))
        return usage(tr("unknown command '%1'").arg(command));
    if ((parser.isSet(o.demo) || parser.isSet(o.force)) && command != QLatin1String("init"))
        return usage(tr("--demo and --force belong to init"));
    if (parser.isSet(o.role) && command != QLatin1String("users"))
        return usage(tr("--role belongs to users add"));
    const bool profileOptions = parser.isSet(o.issuer) || parser.isSet(o.leadership) || parser.isSet(o.date);
    if ((parser.isSet(o.city) || parser.isSet(o.bureau)) && command != QLatin1String("init")
        && command != QLatin1String("profile"))
        return usage(tr("--city and --bureau belong to init and profile"));
    if (profileOptions && command != QLatin1String("profile"))
        return usage(tr("--issuer, --leadership and --date belong to profile"));
    if ((parser.isSet(o.check) || parser.isSet(o.allowBlanks)) && command != QLatin1String("report"))
        return usage(tr("--check and --allow-blanks belong to report"));
    auto optional = [&](const QCommandLineOption &option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    const ProfileCommand::Options profile{optional(o.city),       optional(o.bureau), optional(o.issuer),
                                          optional(o.leadership), optional(o.date),   user};
    if (const QString problem = ProfileCommand::usageProblem(profile); !problem.isEmpty())
        return usage(problem);

    if (BackupCommand::handles(command))
        return BackupCommand::run(dbPath, args, parser.value(o.to), m_out, m_err);
    if (parser.isSet(o.to))
        return usage(tr("--to belongs to backup"));

    if (const PathWarning risky = PathCheck::check(dbPath))
        m_err << tr("zhibiao-cli: warning: %1").arg(risky.message) << '\n';

    // Check the arguments before opening, so that a typing mistake never creates a file.
    std::optional<InterchangeKind> kind;
    if (command == QLatin1String("import") || command == QLatin1String("export")) {
        if (args.size() != 3)
            return usage(tr("%1 takes a kind (indicators, org-units, targets, figures) and a file").arg(command));
        kind = Interchange::kindFromName(args.at(1));
        const bool entryTemplate = command == QLatin1String("export") && args.at(1) == QLatin1String("template");
        if (entryTemplate && (!parser.isSet(o.orgUnit) || !parser.isSet(o.year) || !parser.isSet(o.quarter)))
            return usage(tr("export template needs --org-unit CODE --year Y --quarter Q"));
        if (entryTemplate && args.at(2) == QLatin1String("-"))
            return usage(tr("export template writes a file (.xlsx or .csv), not stdout"));
        if (!kind && !entryTemplate)
            return usage(tr("'%1' is not one of indicators, org-units, targets, figures").arg(args.at(1)));
    } else if (command == QLatin1String("narratives")) {
        if (const QString problem = NarrativesCommand::usageProblem(args); !problem.isEmpty())
            return usage(problem);
    } else if (command == QLatin1String("template-from-report")) {
        if (args.size() != 2 || !parser.isSet(o.year))
            return usage(tr("template-from-report takes FILE --year Y (the year the report is about)"));
    } else if (command == QLatin1String("users")) {
        const QString problem = UsersCommand::usageProblem({args, user, parser.value(o.role), parser.value(o.orgUnit)});
        if (!problem.isEmpty())
            return usage(problem);
    } else if (args.size() != 1) {
        return usage(tr("unexpected argument '%1'").arg(args.at(1)));
    }
    bool ok = true;
    const int year = intOption(o.year, 1900, 9999, 0, &ok);
    if (!ok)
        return usage(tr("--year takes a year such as 2019"));
    const int quarter = intOption(o.quarter, 1, 4, 4, &ok);
    if (!ok)
        return usage(tr("--quarter takes 1, 2, 3 or 4"));
    const QString format = parser.value(o.format);
    if (command == QLatin1String("status")) {
        if (year == 0)
            return usage(tr("status needs --year"));
        if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
            return usage(tr("--format takes text, json or csv"));
    }

    if (command == QLatin1String("report")) {
        if (year == 0 || (!parser.isSet(o.output) && !parser.isSet(o.check)))
            return usage(tr("report needs --year Y and -o OUT (or --check)"));
        if (!parser.isSet(o.check) && !ReportCommand::isFormat(format))
            return usage(tr("--format takes pdf, odt, docx, html or txt"));
    }

    if (command == QLatin1String("report-targets")) {
        if (year == 0)
            return usage(tr("report-targets needs --year Y"));
        if (!ReportTargetsCommand::isFormat(format))
            return usage(tr("--format takes text or csv"));
    }
    if ((parser.isSet(o.adopt) || parser.isSet(o.overwrite)) && command != QLatin1String("report-targets"))
        return usage(tr("--adopt and --overwrite belong to report-targets"));
    if (parser.isSet(o.replace) && command != QLatin1String("template-from-report"))
        return usage(tr("--replace belongs to template-from-report"));

    if (command == QLatin1String("dashboard")) {
        if (year == 0 || !parser.isSet(o.output))
            return usage(tr("dashboard needs --year Y and -o OUT.png or OUT.pdf"));
        const QString suffix = QFileInfo(parser.value(o.output)).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
            return usage(tr("dashboard writes a .png or a .pdf file"));
    }

    std::optional<QuarterAction> action;
    for (QuarterAction candidate : {QuarterAction::Submit, QuarterAction::Approve, QuarterAction::Return}) {
        if (command == toString(candidate))
            action = candidate;
    }
    if (action) {
        if (year == 0 || !parser.isSet(o.quarter) || !parser.isSet(o.orgUnit))
            return usage(tr("%1 needs --org-unit CODE --year Y --quarter Q").arg(command));
        if (*action == QuarterAction::Return && parser.value(o.reason).trimmed().isEmpty())
            return usage(tr("return needs --reason TEXT: say what must be corrected"));
    }

    QByteArray importData;
    if (command == QLatin1String("import")) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return dataError(tr("cannot read %1: %2").arg(args.at(2), file.errorString()));
        importData = file.readAll();
    }

    if (command == QLatin1String("init"))
        return InitCommand::run({dbPath, user, parser.isSet(o.demo), parser.isSet(o.force), profile}, m_out, m_err);

    // Commands that only read also work on a file that cannot be written.
    const bool writes = command == QLatin1String("import") || action
                        || (command == QLatin1String("report-targets") && parser.isSet(o.adopt))
                        || (command == QLatin1String("users") && args.size() > 1)
                        || (command == QLatin1String("profile") && profile.changes())
                        || (command == QLatin1String("narratives") && args.value(1) == QLatin1String("import"))
                        || command == QLatin1String("template-from-report");
    OpenError openError;
    const auto db = Database::open(dbPath, writes ? Database::Mode::OpenExisting : Database::Mode::ReadOnly, &openError);
    if (!db)
        return dataError(openError.message);
    if (db->isReadOnly())
        m_err << tr("zhibiao-cli: note: %1 cannot be written; it was opened for reading only, and no change "
                    "to it is possible.")
                     .arg(QDir::toNativeSeparators(dbPath))
              << '\n';
    // A verified copy before the first change of each day; without it, no change.
    DailyBackup::install(*db, {}, BackupStore::kDefaultKeep);

    const Request request{.args = args,
                          .user = user,
                          .year = year,
                          .quarter = quarter,
                          .orgUnit = parser.value(o.orgUnit),
                          .format = format,
                          .output = parser.value(o.output),
                          .reason = parser.value(o.reason),
                          .check = parser.isSet(o.check),
                          .allowBlanks = parser.isSet(o.allowBlanks),
                          .adopt = parser.isSet(o.adopt),
                          .overwrite = parser.isSet(o.overwrite),
                          .kind = kind,
                          .action = action,
                          .importData = importData};
    int code = Success;
    try {
        if (command == QLatin1String("profile")) {
            return ProfileCommand::run(*db, profile, m_out, m_err);
        } else if (command == QLatin1String("narratives")) {
            return NarrativesCommand::run(*db, args, year, user, m_out, m_err);
        } else if (command == QLatin1String("template-from-report")) {
            QString error;
            if (!TemplateCommand::run(*db, {args.at(1), year, parser.isSet(o.replace), user}, m_out, &error))
                return dataError(error);
            return Success;
        } else if (command == QLatin1String("users")) {
            return UsersCommand::run(*db, {args, user, parser.value(o.role), parser.value(o.orgUnit)}, m_out, m_err);
        } else if (command == QLatin1String("import")) {
            code = importFile(*db, request);
        } else if (command == QLatin1String("export")) {
            code = exportFile(*db, request);
        } else if (command == QLatin1String("report")) {
            code = report(*db, request);
        } else if (command == QLatin1String("report-targets")) {
            code = reportTargets(*db, request);
        } else if (command == QLatin1String("dashboard")) {
            code = dashboard(*db, request);
        } else if (action) {
            code = applyAction(*db, request);
        } else if (command == QLatin1String("status")) {
            code = status(*db, request);
        }
    } catch (const StorageError &e) {
        return dataError(e.message());
    }
    if (code != Success)
        return code;
    m_out.flush();
    return Success;
}

} // namespace zhibiao
