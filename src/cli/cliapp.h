#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace zhibiao {

// zhibiao-cli: the command line over the same libraries as the window. Runs in-process so
// that tests drive it like a user would, without spawning a program.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CliApp)

public:
    enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace zhibiao
