#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace zhibiao {

class Database;
enum class InterchangeKind;
enum class QuarterAction;

// zhibiao-cli: the command line over the same libraries as the window. Runs in-process so
// that tests drive it like a user would, without spawning a program.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CliApp)

public:
    enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

    // Writes "zhibiao-cli: message" on err, as every command reports a failure, and returns code.
    static int fail(QTextStream &err, const QString &message, int code = DataError);

    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    // A command line after run() has checked it: what the commands on an open file go by.
    struct Request
    {
        QStringList args; // the positional arguments, the command first
        QString user;
        int year = 0;
        int quarter = 4;
        QString orgUnit;
        QString format;
        QString output; // -o
        QString reason;
        bool check = false;
        bool allowBlanks = false;
        bool adopt = false;
        bool overwrite = false;
        std::optional<InterchangeKind> kind; // import, export (none: export template)
        std::optional<QuarterAction> action; // submit, approve, return
        QByteArray importData;               // the import file, read before the database opens
    };

    // The commands on an open file that have no class of their own (cliappcommands.cpp). Each
    // returns an exit code; its output goes to m_out, its errors through dataError.
    int importFile(const Database &db, const Request &request);
    int exportFile(const Database &db, const Request &request);
    int report(const Database &db, const Request &request);
    int reportTargets(const Database &db, const Request &request);
    int dashboard(const Database &db, const Request &request);
    int applyAction(const Database &db, const Request &request);
    int status(const Database &db, const Request &request);
    // Says what went wrong with the data or the file on m_err: DataError.
    int dataError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace zhibiao
