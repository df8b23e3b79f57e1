#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace zhibiao {

class Database;

// zhibiao-cli's backup, backups and restore commands (the daily copy before the first
// change of a day is DailyBackup's). They work without opening the file where they can, so that a
// damaged file can still be restored.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupCommand)

public:
    static bool handles(const QString &command);
    // args: the positional arguments, the command first. Returns a CliApp exit code.
    static int run(const QString &dbPath, const QStringList &args, const QString &toDir, QTextStream &out,
                   QTextStream &err);
};

} // namespace zhibiao
