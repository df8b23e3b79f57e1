#include "cli/initcommand.h"

#include "cli/cliapp.h"
#include "io/demobureau.h"
#include "storage/backupstore.h"
#include "storage/dailybackup.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace zhibiao {

int InitCommand::run(const Options &options, QTextStream &out, QTextStream &err)
{
    const auto fail = [&](const QString &message) { return CliApp::fail(err, message); };
    const QString name = QDir::toNativeSeparators(options.path);
    const bool existed = QFileInfo::exists(options.path);
    if (existed && !options.force)
        return fail(tr("%1 already exists; init makes a new bureau file and never writes over one. It was "
                       "not changed. Give a new file name, or work with this one through the other commands.")
                        .arg(name));

    OpenError openError;
    // With --force an existing file is opened as it is (an empty one gets the schema).
    auto db = Database::open(options.path, existed ? Database::Mode::CreateIfMissing : Database::Mode::CreateNew,
                             &openError);
    if (!db)
        return fail(openError.message);
    // A file this command made and could not fill is removed again: no half-made bureau.
    auto failNew = [&](const QString &message) {
        if (!existed) {
            const QString path = db->path();
            db.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return fail(message);
    };

    try {
        if (existed) // whatever follows changes a file that was there: its backup comes first
            DailyBackup::install(*db, {}, BackupStore::kDefaultKeep);
        if (options.demo) {
            if (DemoBureau::hasOwnData(*db))
                return fail(tr("%1 already holds a bureau of its own: the demo would write its values over its "
                               "figures, so it was not installed and nothing was changed (--force does not "
                               "change that). Put the demo into a new file: zhibiao-cli --db demo.zhibiao init --demo")
                                .arg(name));
            const ImportResult result = DemoBureau::install(*db);
            if (!result.ok())
                return failNew(result.errors.first().toString());
            out << tr("Demo bureau ready in %1 (%2 rows).").arg(QDir::toNativeSeparators(db->path())).arg(result.rows)
                << '\n';
        } else {
            const UserRepository users(*db);
            if (users.users().isEmpty())
                users.createFirstAdmin(options.user);
            if (options.profile.changes()) {
                ProfileCommand::Options names = options.profile;
                names.actingUser = options.user;
                ProfileCommand::apply(*db, names);
            }
            out << tr("Database ready: %1").arg(QDir::toNativeSeparators(db->path())) << '\n';
            if (!existed)
                out << tr("%1 is its administrator; add the others with: zhibiao-cli --db %2 --user %1 users add "
                          "NAME --role staff|leader|admin")
                           .arg(options.user, name)
                    << '\n';
        }
    } catch (const StorageError &e) {
        return failNew(e.message());
    }
    out.flush();
    return CliApp::Success;
}

} // namespace zhibiao
