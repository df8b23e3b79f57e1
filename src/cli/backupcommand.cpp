#include "cli/backupcommand.h"

#include "cli/cliapp.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace zhibiao {

bool BackupCommand::handles(const QString &command)
{
    return command == QLatin1String("backup") || command == QLatin1String("backups")
           || command == QLatin1String("restore");
}

int BackupCommand::run(const QString &dbPath, const QStringList &args, const QString &toDir, QTextStream &out,
                       QTextStream &err)
{
    const QString command = args.first();
    const auto fail = [&](const QString &message, int code) { return CliApp::fail(err, message, code); };
    const int expected = command == QLatin1String("restore") ? 2 : 1;
    if (args.size() != expected)
        return fail(command == QLatin1String("restore") ? tr("restore takes the backup file to restore")
                                                        : tr("%1 takes no further arguments").arg(command),
                    CliApp::UsageError);
    if (!toDir.isEmpty() && command != QLatin1String("backup"))
        return fail(tr("--to belongs to backup"), CliApp::UsageError);

    const BackupStore store(dbPath, toDir);
    try {
        if (command == QLatin1String("backup")) {
            OpenError error;
            const auto db = Database::open(dbPath, Database::Mode::OpenExisting, &error);
            if (!db)
                return fail(error.message, CliApp::DataError);
            const QString path = store.create(*db);
            out << tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(path)) << '\n';
        } else if (command == QLatin1String("backups")) {
            const QList<BackupEntry> entries = store.list();
            if (entries.isEmpty())
                out << tr("No backups of %1 in %2.")
                           .arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(store.folder()))
                    << '\n';
            for (const BackupEntry &entry : entries)
                out << entry.createdUtc.toString(Qt::ISODate) << "  " << QLocale::c().formattedDataSize(entry.size)
                    << "  " << QDir::toNativeSeparators(entry.path) << '\n';
        } else {
            const QString before = store.restore(args.at(1));
            out << tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(args.at(1)))
                << '\n';
            if (!before.isEmpty())
                out << tr("The replaced file is kept as %1.").arg(QDir::toNativeSeparators(before)) << '\n';
        }
    } catch (const StorageError &e) {
        return fail(e.message(), CliApp::DataError);
    }
    out.flush();
    return CliApp::Success;
}

} // namespace zhibiao
