#include "app/admin/restoredialog.h"
#include "app/entry/entrygridmodel.h"
#include "app/entry/statustablemodel.h"
#include "app/shell/fileclaim.h"
#include "app/shell/mainwindow.h"
#include "app/shell/restoreactions.h"
#include "io/demobureau.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

using test::readFile;
using test::writeFile;

const QDateTime kMonday(QDate(2020, 1, 6), QTime(9, 30), Qt::UTC);
const QDateTime kTuesday(QDate(2020, 1, 7), QTime(9, 30), Qt::UTC);

// A copy that passes the header test but not SQLite's integrity check.
QByteArray scrambled(QByteArray bytes)
{
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    return bytes;
}

// bureau.zhibiao: an empty bureau file; its backups hold the demo bureau's figures, so the
// restored data is told apart from the file's own.
class RestoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bureau.zhibiao"));
        OpenError error;
        ASSERT_TRUE(Database::open(m_path, Database::Mode::CreateIfMissing, &error))
            << error.message.toStdString();

        ASSERT_TRUE(DemoBureau::install(m_demo.db()).ok());
        m_soundBackup = BackupStore(m_path).create(m_demo.db(), kMonday);
        m_damagedBackup = QDir(BackupStore::defaultFolder(m_path))
                              .filePath(QStringLiteral("bureau.zhibiao.20200107-093000-000.bak"));
        writeFile(m_damagedBackup, scrambled(readFile(m_soundBackup)));
    }

    QString boxText() const
    {
        for (const QMessageBox *box : m_window.findChildren<QMessageBox *>())
            return box->text();
        return {};
    }

    bool windowHoldsTheLock() const { return !FileClaim::claim(m_path, nullptr, nullptr); }

    QTemporaryDir m_dir;
    QString m_path;
    test::TempDatabase m_demo;
    QString m_soundBackup;
    QString m_damagedBackup;
    MainWindow m_window;
};

TEST_F(RestoreTest, DialogListsTheCopiesNewestFirstAndEnablesOnlyASoundOne)
{
    // The configured folder holds an upgrade copy; the default folder, named once more
    // under another spelling, must not list its copies twice.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    const QString upgradeCopy = BackupStore(m_path, elsewhere).createBeforeUpgrade(m_demo.db(), 3);
    RestoreDialog twice(m_path, BackupStore::defaultFolder(m_path) + QStringLiteral("/."));
    EXPECT_EQ(twice.backupList()->topLevelItemCount(), 2);

    RestoreDialog dialog(m_path, elsewhere);
    QTreeWidget *list = dialog.backupList();
    ASSERT_EQ(list->topLevelItemCount(), 3);
    // The upgrade copy was made now, after the damaged copy (Tuesday) and the sound one (Monday).
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Before the upgrade from schema 3"));
    EXPECT_EQ(list->topLevelItem(1)->text(1), QStringLiteral("Daily or manual copy"));
    EXPECT_EQ(list->topLevelItem(1)->text(0),
              kTuesday.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    EXPECT_EQ(list->topLevelItem(2)->text(0),
              kMonday.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    EXPECT_TRUE(list->topLevelItem(2)->text(2).contains(QRegularExpression(QStringLiteral("\\d"))));
    EXPECT_EQ(QFileInfo(dialog.selectedBackup().path),
              QFileInfo(upgradeCopy)); // the newest is selected
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());

    list->setCurrentItem(list->topLevelItem(1));
    EXPECT_EQ(QFileInfo(dialog.selectedBackup().path), QFileInfo(m_damagedBackup));
    EXPECT_FALSE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("cannot be used as a Zhibiao backup")))
        << dialog.problem().toStdString();
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text(), dialog.problem());

    list->setCurrentItem(list->topLevelItem(2));
    EXPECT_EQ(QFileInfo(dialog.selectedBackup().path), QFileInfo(m_soundBackup));
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(dialog.problem().isEmpty());
}

TEST_F(RestoreTest, DialogTakesAChosenFileAndChecksItToo)
{
    RestoreDialog dialog(m_path, {});
    const QString text = m_dir.filePath(QStringLiteral("notes.bak"));
    writeFile(text, "这不是数据库\n");
    dialog.addChosenFile(text);
    ASSERT_EQ(dialog.backupList()->topLevelItemCount(), 3);
    EXPECT_EQ(dialog.backupList()->topLevelItem(2)->text(1), QStringLiteral("Chosen file"));
    EXPECT_EQ(QFileInfo(dialog.selectedBackup().path), QFileInfo(text));
    EXPECT_FALSE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("not a SQLite file")))
        << dialog.problem().toStdString();

    const QString copy = m_dir.filePath(QStringLiteral("usb-stick.bak"));
    ASSERT_TRUE(QFile::copy(m_soundBackup, copy));
    dialog.addChosenFile(copy);
    EXPECT_EQ(QFileInfo(dialog.selectedBackup().path), QFileInfo(copy));
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
}

TEST_F(RestoreTest, EnterRestoresTheSelectedCopyAndEscapeCancels)
{
    RestoreDialog dialog(m_path, {});
    dialog.show();
    dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(0)); // the damaged copy
    QTest::keyClick(dialog.backupList(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << "a damaged copy must not be accepted";

    QTest::keyClick(dialog.backupList(), Qt::Key_Down);
    EXPECT_EQ(QFileInfo(dialog.selectedBackup().path), QFileInfo(m_soundBackup));
    QTest::keyClick(dialog.backupList(), Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    dialog.show();
    QTest::keyClick(dialog.backupList(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(RestoreTest, TheOpenFileIsRestoredAndReopened)
{
    ASSERT_TRUE(m_window.openFile(m_path));
    EXPECT_EQ(m_window.statusModel()->rowCount(), 0);
    auto *action = m_window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
    ASSERT_NE(action, nullptr);
    auto *fileMenu = qobject_cast<QMenu *>(action->associatedObjects().value(0));
    ASSERT_NE(fileMenu, nullptr);
    Q_EMIT fileMenu->aboutToShow();
    EXPECT_TRUE(action->isEnabled());
    EXPECT_TRUE(RestoreActions::confirmation(m_path, BackupEntry{m_soundBackup, kMonday, 0, 0})
                    .contains(kMonday.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    ASSERT_TRUE(m_window.restoreFromBackup(m_path, m_soundBackup)) << boxText().toStdString();

    ASSERT_NE(m_window.database(), nullptr);
    EXPECT_EQ(m_window.statusModel()->rowCount(), 45); // the demo's indicators, from the backup
    EXPECT_GT(m_window.entryModel()->rowCount(), 0);
    EXPECT_TRUE(QFileInfo::exists(m_path + QStringLiteral(".before-restore")));
    EXPECT_TRUE(windowHoldsTheLock());
    const QString message = m_window.statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Restored ")) &&
                message.contains(QStringLiteral(".before-restore")))
        << message.toStdString();
}

TEST_F(RestoreTest, ADamagedBackupLeavesTheFileAsItWasAndOpen)
{
    ASSERT_TRUE(m_window.openFile(m_path));
    const QByteArray before = readFile(m_path);

    EXPECT_FALSE(m_window.restoreFromBackup(m_path, m_damagedBackup));

    EXPECT_EQ(readFile(m_path), before);
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".before-restore")));
    ASSERT_NE(m_window.database(), nullptr);
    EXPECT_EQ(m_window.database()->path(), QFileInfo(m_path).absoluteFilePath());
    EXPECT_TRUE(windowHoldsTheLock());
    EXPECT_TRUE(boxText().contains(QStringLiteral("cannot be used as a Zhibiao backup")))
        << boxText().toStdString();
}

TEST_F(RestoreTest, AFileHeldByAnotherProgramIsNotRestored)
{
    const auto other = FileClaim::claim(m_path, nullptr, nullptr);
    ASSERT_TRUE(other);
    const QByteArray before = readFile(m_path);

    EXPECT_FALSE(m_window.restoreFromBackup(m_path, m_soundBackup));

    EXPECT_EQ(readFile(m_path), before);
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".before-restore")));
    EXPECT_TRUE(boxText().contains(QString::number(QCoreApplication::applicationPid())))
        << boxText().toStdString();
}

TEST_F(RestoreTest, ADamagedFileOffersItsBackupsAndOpensTheRestoredOne)
{
    writeFile(m_path, scrambled(readFile(m_soundBackup)));
    QStringList seen;
    QTimer driver;
    // Answers each modal step as a person would: the offer, the dialog, the question.
    QObject::connect(&driver, &QTimer::timeout, [&seen] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            seen << box->objectName();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("Restore from &Backup…") ||
                    box->buttonRole(button) == QMessageBox::YesRole) {
                    button->click();
                    return;
                }
            }
            box->reject();
        } else if (auto *dialog = qobject_cast<RestoreDialog *>(modal)) {
            seen << QStringLiteral("dialog");
            dialog->backupList()->setCurrentItem(dialog->backupList()->topLevelItem(1)); // Monday's
            dialog->accept();
        }
    });
    driver.start(20);
    const bool opened = m_window.openFile(m_path);
    driver.stop();

    EXPECT_TRUE(opened);
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("damagedFileBox"), QStringLiteral("dialog"), QString()}));
    ASSERT_NE(m_window.database(), nullptr);
    EXPECT_EQ(m_window.statusModel()->rowCount(), 45);
    EXPECT_TRUE(QFileInfo::exists(m_path + QStringLiteral(".before-restore")));
    EXPECT_TRUE(windowHoldsTheLock());
}

// The start file is opened with its quick check left for later (main.cpp): when the check
// beside the window finds damage, the file is closed again and its backups are offered.
TEST_F(RestoreTest, DamageFoundAfterTheWindowOpenedClosesTheFileAndOffersItsBackups)
{
    QByteArray bytes = readFile(m_soundBackup);
    for (qsizetype i = bytes.size() - 2 * 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0x3F)); // the last pages: figures, not the schema
    writeFile(m_path, bytes);
    OpenError error;
    auto db = Database::open(m_path, Database::Mode::OpenExisting, &error, Database::Check::Later);
    ASSERT_NE(db, nullptr) << qPrintable(error.message);

    QStringList seen;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            seen << box->objectName();
            box->reject(); // the person does not restore now
        }
    });
    driver.start(20);
    m_window.setDatabase(std::move(db), true);
    EXPECT_NE(m_window.database(), nullptr); // open at once, checked beside the window
    const bool closed = QTest::qWaitFor([&] { return m_window.database() == nullptr; }, 30000);
    driver.stop();

    EXPECT_TRUE(closed);
    EXPECT_EQ(seen, QStringList{QStringLiteral("damagedFileBox")});
    EXPECT_FALSE(windowHoldsTheLock());
    // Opening turned on WAL (the header says so), but nothing was written over the damage.
    EXPECT_EQ(readFile(m_path).right(2 * 4096), bytes.right(2 * 4096));
}

TEST_F(RestoreTest, ASoundFileCheckedLaterStaysOpen)
{
    writeFile(m_path, readFile(m_soundBackup));
    OpenError error;
    auto db = Database::open(m_path, Database::Mode::OpenExisting, &error, Database::Check::Later);
    ASSERT_NE(db, nullptr) << qPrintable(error.message);
    m_window.setDatabase(std::move(db), true);
    QTest::qWait(1500); // the check of a small file is over in well under a second
    ASSERT_NE(m_window.database(), nullptr);
    EXPECT_EQ(m_window.statusModel()->rowCount(), 45);
}

// Writes docs/screenshots/restore-dialog.png when ZHIBIAO_SCREENSHOTS names the docs folder.
TEST_F(RestoreTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("ZHIBIAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set ZHIBIAO_SCREENSHOTS to a folder to write the screenshot";
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const QString bureau = m_dir.filePath(QStringLiteral("青禾市.zhibiao"));
    const QString copies = BackupStore::defaultFolder(bureau);
    ASSERT_TRUE(QDir().mkpath(copies));
    for (const char *stamp : {"20191220-080000-000.before-upgrade-v4", "20191227-083112-408",
                              "20191230-091540-052", "20191231-084405-731"})
        ASSERT_TRUE(QFile::copy(
            m_soundBackup, QDir(copies).filePath(
                               QStringLiteral("青禾市.zhibiao.%1.bak").arg(QLatin1String(stamp)))));
    RestoreDialog dialog(bureau, {});
    dialog.resize(620, 330);
    dialog.show();
    QTest::qWait(50);
    ASSERT_TRUE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("restore-dialog.png"))));
}

} // namespace
} // namespace zhibiao
