#include "cli/userscommand.h"

#include "cli/cliapp.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

namespace zhibiao {

QString UsersCommand::usageProblem(const Options &options)
{
    if (options.args.size() == 1)
        return options.role.isEmpty() ? QString() : tr("--role belongs to users add");
    if (options.args.value(1) != QLatin1String("add") || options.args.size() != 3)
        return tr("users takes nothing (the list) or: add NAME --role staff|leader|admin [--org-unit CODE]");
    if (!roleFromString(options.role))
        return tr("users add needs --role staff, leader or admin");
    return {};
}

int UsersCommand::run(const Database &db, const Options &options, QTextStream &out, QTextStream &err)
{
    try {
        const UserRepository users(db);
        if (options.args.size() == 1) {
            for (const User &user : users.users())
                out << user.name << '\t' << toString(user.role) << '\t' << user.orgUnitCode << '\n';
            out.flush();
            return CliApp::Success;
        }
        const QString name = options.args.at(2);
        if (!options.orgUnit.isEmpty() && !OrgUnitRepository(db).tree().find(options.orgUnit))
            throw StorageError(tr("no org unit with the code '%1'").arg(options.orgUnit));
        users.save(User{name, *roleFromString(options.role), options.orgUnit}, options.actingUser);
        out << tr("%1 is now %2.").arg(name, options.role) << '\n';
    } catch (const StorageError &e) {
        return CliApp::fail(err, e.message());
    }
    out.flush();
    return CliApp::Success;
}

} // namespace zhibiao
