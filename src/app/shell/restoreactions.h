#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QMenu;

namespace zhibiao {

class MainWindow;
struct BackupEntry;

// File › Restore from Backup… and the same offer when a file cannot be opened because it
// is damaged: the restore dialog, the question before the file is replaced, then the
// window's own restore (MainWindow::restoreFromBackup), which closes and reopens the file.
class RestoreActions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::RestoreActions)

public:
    // Adds the menu action before `before`; it is enabled while a file is open.
    static void install(MainWindow *window, QMenu *fileMenu, QAction *before);
    // Lets the user choose a backup of the file, asks, and restores it. True when restored.
    static bool chooseAndRestore(MainWindow *window, const QString &databasePath);
    // Explains why a damaged file cannot be opened and, when it has backups, offers to
    // restore one. True when a backup was restored and the file opened.
    static bool explainDamaged(MainWindow *window, const QString &databasePath,
                               const QString &message);
    // The question asked before the file is replaced.
    static QString confirmation(const QString &databasePath, const BackupEntry &backup);
};

} // namespace zhibiao
