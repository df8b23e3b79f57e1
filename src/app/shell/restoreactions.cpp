#include "app/shell/restoreactions.h"

#include "app/admin/restoredialog.h"
#include "app/shell/mainwindow.h"
#include "core/appsettings.h"
#include "storage/database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace zhibiao {

void RestoreActions::install(MainWindow *window, QMenu *fileMenu, QAction *before)
{
    auto *restore = new QAction(tr("Restore from &Backup…"), window);
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    fileMenu->insertAction(before, restore);
    fileMenu->insertSeparator(before);
    // The menu is the action's only way in, so its state is settled when the menu opens.
    restore->setEnabled(false);
    QObject::connect(fileMenu, &QMenu::aboutToShow, restore,
                     [window, restore] { restore->setEnabled(window->database() != nullptr); });
    QObject::connect(restore, &QAction::triggered, window, [window] {
        if (window->database())
            chooseAndRestore(window, window->database()->path());
    });
}

bool RestoreActions::chooseAndRestore(MainWindow *window, const QString &databasePath)
{
    RestoreDialog dialog(databasePath, AppSettings().backupFolder(), window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const BackupEntry backup = dialog.selectedBackup();
    if (backup.path.isEmpty())
        return false;
    const auto answer =
        QMessageBox::question(window, tr("Restore from Backup"), confirmation(databasePath, backup),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes && window->restoreFromBackup(databasePath, backup.path);
}

bool RestoreActions::explainDamaged(MainWindow *window, const QString &databasePath,
                                    const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open File"), message, QMessageBox::Close,
                    window);
    box.setObjectName(QStringLiteral("damagedFileBox"));
    QPushButton *restore = nullptr;
    if (!RestoreDialog::backupsOf(databasePath, AppSettings().backupFolder()).isEmpty()) {
        restore = box.addButton(tr("Restore from &Backup…"), QMessageBox::AcceptRole);
        box.setDefaultButton(restore);
    }
    box.exec();
    return restore && box.clickedButton() == restore && chooseAndRestore(window, databasePath) &&
           window->database() != nullptr;
}

QString RestoreActions::confirmation(const QString &databasePath, const BackupEntry &backup)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    return tr("Replace %1 with the backup made %2?\n\nThe current file is kept as %3.")
        .arg(name, backup.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             name + QStringLiteral(".before-restore"));
}

} // namespace zhibiao
