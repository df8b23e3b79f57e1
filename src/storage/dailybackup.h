#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace zhibiao {

class Database;

// The checked copy made before the first change of each day, installed as the database's
// before-write check: it runs before every write transaction, makes the day's copy when
// there is none, and when the copy cannot be made (a full disk, a folder that cannot be
// written) refuses the change, so that no change is ever made without its backup.
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DailyBackup)

public:
    // folder empty: FILE-backups beside the file. made() is told each new copy's path.
    static void install(Database &db, const QString &folder, int keep,
                        std::function<void(const QString &)> made = {});
};

} // namespace zhibiao
