#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace zhibiao {

class Database;

// zhibiao-cli users: the bureau's users and their roles.
//   users                                    the list
//   users add NAME --role R [--org-unit C]   add one, or change its role (an administrator)
class UsersCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::UsersCommand)

public:
    struct Options
    {
        QStringList args; // the positional arguments, "users" first
        QString actingUser;
        QString role;
        QString orgUnit;
    };
    // Why the arguments are wrong, before the file is opened (empty: they are right).
    static QString usageProblem(const Options &options);
    // Returns a CliApp exit code.
    static int run(const Database &db, const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace zhibiao
