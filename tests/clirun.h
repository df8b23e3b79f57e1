#pragma once

#include "cli/cliapp.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace zhibiao::test {

// What one zhibiao-cli command printed and returned, run in this process.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = CliApp(out, err).run(QStringList{QStringLiteral("zhibiao-cli")} + arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace zhibiao::test
