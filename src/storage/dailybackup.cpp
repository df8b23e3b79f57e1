#include "storage/dailybackup.h"

#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QDateTime>
#include <QDir>

#include <memory>

namespace zhibiao {

void DailyBackup::install(Database &db, const QString &folder, int keep, std::function<void(const QString &)> made)
{
    // The day whose copy exists; the folder is looked at again only when the date changes.
    auto done = std::make_shared<QDate>();
    const Database *database = &db; // the check lives inside db, so db outlives it
    db.setBeforeWrite([database, folder, keep, made = std::move(made), done] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (*done == now.date())
            return;
        QString copy;
        try {
            copy = BackupStore(database->path(), folder).ensureDaily(*database, now, keep);
        } catch (const StorageError &e) {
            throw StorageError(tr("No backup of %1 could be made before this change: %2 Nothing was changed. "
                                  "Free some space on that disk, or choose another backup folder (Preferences, "
                                  "or backup --to), and try again.")
                                   .arg(QDir::toNativeSeparators(database->path()), e.message()),
                               StorageError::Kind::BackupFailed);
        }
        *done = now.date();
        if (made && !copy.isEmpty())
            made(copy);
    });
}

} // namespace zhibiao
