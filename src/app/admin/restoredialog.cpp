#include "app/admin/restoredialog.h"

#include "ui_restoredialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace zhibiao {

RestoreDialog::RestoreDialog(const QString &databasePath, const QString &backupFolder,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RestoreDialog>()),
      m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    m_ui->setupUi(this);
    const QString name = QFileInfo(m_databasePath).fileName();
    m_ui->explanationLabel->setText(
        tr("Choose the copy of %1 to put back. The current file is kept as %2, so the restore "
           "can be undone.")
            .arg(name, name + QStringLiteral(".before-restore")));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->problemLabel->hide();

    QPushButton *restore = restoreButton();
    restore->setText(tr("&Restore"));
    restore->setDefault(true); // Enter restores the selected copy
    restore->setEnabled(false);

    for (const BackupEntry &entry : backupsOf(m_databasePath, backupFolder))
        addRow(entry, kindOf(entry));
    QHeaderView *header = m_ui->backupList->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    if (m_entries.isEmpty())
        m_ui->problemLabel->setText(tr("No backups of %1 were found in its backup folder. Choose "
                                       "a backup file with \"Choose File…\".")
                                        .arg(name));
    m_ui->problemLabel->setVisible(m_entries.isEmpty());

    connect(m_ui->backupList, &QTreeWidget::currentItemChanged, this,
            &RestoreDialog::checkSelection);
    connect(m_ui->backupList, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (restoreButton()->isEnabled())
            accept();
    });
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_entries.isEmpty())
        m_ui->backupList->setCurrentItem(m_ui->backupList->topLevelItem(0));
    m_ui->backupList->setFocus();
}

RestoreDialog::~RestoreDialog() = default;

QList<BackupEntry> RestoreDialog::backupsOf(const QString &databasePath,
                                            const QString &backupFolder)
{
    QList<BackupEntry> entries = BackupStore(databasePath).list();
    if (!backupFolder.isEmpty())
        entries += BackupStore(databasePath, backupFolder).list();
    // The configured folder may be the default one under another spelling.
    QSet<QString> seen;
    QList<BackupEntry> unique;
    for (const BackupEntry &entry : std::as_const(entries)) {
        const QString key = QFileInfo(entry.path).canonicalFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique << entry;
        }
    }
    std::stable_sort(unique.begin(), unique.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.createdUtc > b.createdUtc;
    });
    return unique;
}

QString RestoreDialog::kindOf(const BackupEntry &entry)
{
    return entry.beforeSchema > 0 ? tr("Before the upgrade from schema %1").arg(entry.beforeSchema)
                                  : tr("Daily or manual copy");
}

void RestoreDialog::addRow(const BackupEntry &entry, const QString &kind)
{
    auto *item = new QTreeWidgetItem(m_ui->backupList);
    item->setText(0, entry.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    item->setText(1, kind);
    item->setText(2, QLocale().formattedDataSize(entry.size));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    for (int column = 0; column < 3; ++column)
        item->setToolTip(column, QDir::toNativeSeparators(entry.path));
    m_entries << entry;
}

void RestoreDialog::addChosenFile(const QString &path)
{
    const QFileInfo info(path);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (QFileInfo(m_entries.at(row).path) == info) {
            m_ui->backupList->setCurrentItem(m_ui->backupList->topLevelItem(row));
            return;
        }
    }
    // A copy from elsewhere may have any name: its date is the file's.
    addRow(BackupEntry{info.absoluteFilePath(), info.lastModified().toUTC(), info.size(), 0},
           tr("Chosen file"));
    m_ui->backupList->setCurrentItem(
        m_ui->backupList->topLevelItem(m_ui->backupList->topLevelItemCount() - 1));
}

void RestoreDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Backup"),
                                                      QFileInfo(m_databasePath).absolutePath(),
                                                      tr("Zhibiao backups (*.bak);;All files (*)"));
    if (!path.isEmpty())
        addChosenFile(path);
}

BackupEntry RestoreDialog::selectedBackup() const
{
    const int row = m_ui->backupList->indexOfTopLevelItem(m_ui->backupList->currentItem());
    return row >= 0 ? m_entries.at(row) : BackupEntry{};
}

QTreeWidget *RestoreDialog::backupList() const
{
    return m_ui->backupList;
}

QPushButton *RestoreDialog::restoreButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QString RestoreDialog::problem() const
{
    const QString path = selectedBackup().path;
    return path.isEmpty() ? QString() : m_problems.value(path);
}

void RestoreDialog::checkSelection()
{
    const QString path = selectedBackup().path;
    if (!path.isEmpty() && !m_problems.contains(path)) {
        QString message;
        BackupStore::verify(path, &message);
        m_problems.insert(path, message);
    }
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    restoreButton()->setEnabled(!path.isEmpty() && why.isEmpty());
}

} // namespace zhibiao
