#pragma once

#include "storage/backupstore.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QPushButton;
class QTreeWidget;

namespace zhibiao {

namespace Ui {
class RestoreDialog;
}

// Chooses the backup of a bureau file to put back: its copies in the configured backup
// folder and in the default one beside the file, newest first, or a .bak from elsewhere.
// Restore is enabled only for a copy that BackupStore::verify accepts; otherwise the
// dialog says why. Restores nothing itself: the window does, after asking once more.
class RestoreDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    // An empty backupFolder stands for the default folder only.
    RestoreDialog(const QString &databasePath, const QString &backupFolder,
                  QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // The file's copies in backupFolder and in the default folder, newest first, each once.
    static QList<BackupEntry> backupsOf(const QString &databasePath, const QString &backupFolder);
    // How the list names a copy's kind.
    static QString kindOf(const BackupEntry &entry);

    // Adds a copy from elsewhere to the list and selects it (what "Choose File…" does
    // with the file the user picked).
    void addChosenFile(const QString &path);
    // The selected copy; its path is empty when none is selected.
    BackupEntry selectedBackup() const;

    QTreeWidget *backupList() const;
    QPushButton *restoreButton() const;
    // Why the selected copy cannot be restored; empty when it can.
    QString problem() const;

private:
    void addRow(const BackupEntry &entry, const QString &kind);
    void chooseFile();
    void checkSelection();

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QString m_databasePath;
    QList<BackupEntry> m_entries;       // one per row of the list
    QHash<QString, QString> m_problems; // verify()'s answer by path: reading a file once is enough
};

} // namespace zhibiao
