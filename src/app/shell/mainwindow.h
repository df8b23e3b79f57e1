#pragma once

#include "core/period.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace zhibiao {

class Database;
class InstanceLock;
class EntryController;
class EntryGridModel;
class EntryPage;
class FileCheck;
class Navigator;
class OverviewTab;
class PeriodBar;
class QuarterActions;
class StatusTableModel;

namespace Ui {
class MainWindow;
}

// The main window: the navigator (categories → sub-categories → indicators), the period
// bar and org-unit chooser, the entry grid of the chosen category with its checks and
// history docks (EntryPage), the status table of every indicator (OverviewTab) and the
// dashboard (DashboardTab). Owns the open database and its lock; the menus' actions live
// in the *Actions classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows db from its latest quarter with figures, for the whole city. checkLater: db was
    // opened with Database::Check::Later; its quick check runs now, beside the window, and
    // a damaged file is closed again with the offer to restore a backup.
    void setDatabase(std::unique_ptr<Database> db, bool checkLater = false);
    // Opens a bureau file; says why in a dialog when it cannot.
    bool openFile(const QString &path);
    // Puts a backup back over a bureau file (closing it first when it is the open one, as
    // the restore needs its lock) and opens the file. On failure says why and reopens the
    // file as it was. No questions asked: RestoreActions asks them.
    bool restoreFromBackup(const QString &databasePath, const QString &backupPath);
    // Who is working: edits, submissions and approvals are recorded under this name.
    void setUserName(const QString &name);
    QString userName() const { return m_userName; }
    void setPeriod(Period period);
    void setOrgUnit(const QString &code);
    // Shows the indicators of a category (or one sub-category) in the entry grid.
    void showCategory(const QString &category, const QString &subcategory = {});
    // Shows the indicator's category and selects its row.
    void selectIndicator(const QString &code);

    Period period() const;
    QString orgUnitCode() const;
    const Database *database() const { return m_db.get(); }
    StatusTableModel *statusModel() const;
    EntryGridModel *entryModel() const;
    EntryController *entryController() const;
    QString summaryText() const;
    QString completenessText() const;
    // Reads the open file again (after an import, a catalogue or a targets change).
    void reload();
    // For the start: from holdLoads() to releaseHeldLoads(), reload() only notes that it is
    // due, and the release runs it once. Released after firstPainted(), the window is on
    // screen (menus, period bar, an empty grid, "Reading the figures…") before the figures
    // are read.
    void holdLoads();
    void releaseHeldLoads();

Q_SIGNALS:
    // The window has painted and been flushed for the first time.
    void firstPainted();
    // releaseHeldLoads() has run what was held.
    void heldLoadsDone();

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void setUpEntryPage();
    void startFileCheck();
    void setUpMenus();
    void closeDatabase();
    void closeDamaged(const QString &path, const QString &message);
    void fillChoosers();
    void reloadEntry();
    void showRefusal(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InstanceLock> m_lock; // held while m_db is open
    EntryPage *m_entry = nullptr;
    FileCheck *m_fileCheck = nullptr; // the running check of a file opened with Check::Later
    Navigator *m_navigator = nullptr;
    QuarterActions *m_quarterActions = nullptr;
    OverviewTab *m_overview = nullptr;
    PeriodBar *m_periodBar = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_saveState = nullptr;
    QString m_userName;
    bool m_painted = false;
    bool m_holdLoads = false;
    bool m_loadDue = false;
    QString m_recentDue; // the file to add to the recent files on release
    bool m_checkDue = false; // the file check starts on release
};

} // namespace zhibiao
