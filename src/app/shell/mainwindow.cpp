#include "app/shell/mainwindow.h"

#include "app/common/docksaside.h"
#include "app/common/windowplacement.h"
#include "app/entry/entrypage.h"
#include "app/entry/navigator.h"
#include "app/entry/overviewtab.h"
#include "app/entry/quarteractions.h"
#include "app/entry/statuscolours.h"
#include "app/entry/statustableloader.h"
#include "app/report/reportwindow.h"
#include "app/shell/dataactions.h"
#include "app/shell/fileactions.h"
#include "app/shell/filecheck.h"
#include "app/shell/fileclaim.h"
#include "app/shell/helpactions.h"
#include "app/shell/periodbar.h"
#include "app/shell/recentfiles.h"
#include "app/shell/restoreactions.h"
#include "app/shell/settingsactions.h"
#include "dashboard/dashboardsettings.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/dashboardwidget.h"
#include "storage/backupstore.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include "ui_mainwindow.h"

#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace zhibiao {

namespace {
// A message that does not stop the event loop: opening a file must not block a test or a
// screenshot run waiting for someone to press OK.
void showNonBlocking(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_summary(new QLabel(this)),
      m_saveState(new QLabel(this))
{
    m_ui->setupUi(this);
    WindowPlacement::fit(this, size()); // the form's 1440×860, or less on a smaller screen
    m_navigator = new Navigator(m_ui->navigatorTree, this);
    m_quarterActions = new QuarterActions(m_ui->actionSubmit, m_ui->actionApprove,
                                          m_ui->actionReturn, this);
    m_periodBar = new PeriodBar(m_ui->yearCombo, m_ui->quarterCombo, m_ui->orgUnitCombo, this);
    connect(m_periodBar, &PeriodBar::changed, this, &MainWindow::reload);
    m_overview = new OverviewTab(m_ui->tableView, m_ui->categoryCombo, m_summary, this);
    setUpEntryPage();
    setUpMenus();

    connect(m_navigator, &Navigator::groupChosen, this,
            [this](const QString &category, const QString &subcategory) {
                showCategory(category, subcategory);
            });
    connect(m_navigator, &Navigator::indicatorChosen, this,
            [this](const QString &, const QString &, const QString &code) { selectIndicator(code); });
    connect(m_quarterActions, &QuarterActions::refused, this, &MainWindow::showRefusal);

    // View > Dashboard and F11 (full-screen presentation) come with the dashboard's tab.
    auto *dashboard = new DashboardTab(m_ui->tabs, m_ui->viewMenu, [this] {
        return DashboardTab::Context{m_db.get(), period(), orgUnitCode()};
    }, this);
    new DocksAside(m_ui->tabs, dashboard->page(), QList<QDockWidget *>{m_ui->checksDock, m_ui->historyDock}, this);

    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({230, 1000});
    resizeDocks({m_ui->checksDock, m_ui->historyDock}, {200, 200}, Qt::Vertical);
    resizeDocks({m_ui->checksDock, m_ui->historyDock}, {760, 680}, Qt::Horizontal);
    statusBar()->addWidget(m_summary, 1);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    m_overview->setRows({}, {}, tr("No file open."));
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpEntryPage()
{
    m_entry = new EntryPage({m_ui->entryView, m_ui->quarterStateLabel, m_ui->completenessLabel,
                             m_ui->checksPanel, m_ui->checksDock, m_ui->historyPanel, m_ui->historyDock,
                             m_quarterActions},
                            this);
    connect(m_entry, &EntryPage::message, this,
            [this](const QString &text, int milliseconds) { statusBar()->showMessage(text, milliseconds); });
    connect(m_entry, &EntryPage::saved, m_saveState, &QLabel::setText);
    connect(m_entry, &EntryPage::refused, this, &MainWindow::showRefusal);
    connect(m_entry, &EntryPage::categoryChanged, m_navigator, &Navigator::select);
    connect(m_entry, &EntryPage::cellWanted, this, [this] { m_ui->tabs->setCurrentWidget(m_ui->entryTab); });
}

void MainWindow::setUpMenus()
{
    FileActions::install(this, {m_ui->actionNew, m_ui->actionOpen, m_ui->actionQuit, m_ui->fileMenu,
                                m_ui->recentMenu});
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    connect(m_ui->actionPaste, &QAction::triggered, this,
            [this] { m_entry->paste(QGuiApplication::clipboard()->text()); });
    UndoActions::install(this, m_ui->editMenu, m_ui->actionPaste, m_ui->toolBar, m_ui->actionSubmit);

    m_ui->viewMenu->addAction(m_ui->checksDock->toggleViewAction());
    m_ui->viewMenu->addAction(m_ui->historyDock->toggleViewAction());
    m_ui->viewMenu->addAction(m_ui->toolBar->toggleViewAction());
    SettingsActions::install(this, m_ui->fileMenu, m_ui->editMenu);
    HelpActions::install(this, m_ui->menuBar);
    DataActions::install(this, m_ui->fileMenu, m_ui->actionQuit, m_ui->editMenu);
    RestoreActions::install(this, m_ui->fileMenu, m_ui->actionQuit);
}

void MainWindow::setDatabase(std::unique_ptr<Database> db, bool checkLater)
{
    // The same file again (after a restore, say) keeps the lock this window already holds.
    if (!m_lock || !m_db || m_db->path() != db->path()) {
        QString refusal;
        QString warning;
        auto lock = FileClaim::claim(db->path(), &refusal, &warning);
        if (!lock) {
            showNonBlocking(this, QMessageBox::Critical, tr("File In Use"), refusal);
            return;
        }
        if (!warning.isEmpty())
            showNonBlocking(this, QMessageBox::Warning, tr("Risky Folder"), warning);
        m_db.reset(); // closes the old file before its lock goes
        m_lock = std::move(lock);
    }
    m_db = std::move(db);
    m_entry->setDatabase(m_db.get());
    delete m_fileCheck; // waits for a check of the file before, if it still runs
    m_fileCheck = nullptr;
    // The check reads every page on a thread of its own; while the loads are held it waits
    // for the first paint too, so that it does not take a core from the window's start.
    m_checkDue = checkLater && m_holdLoads;
    if (checkLater && !m_holdLoads)
        startFileCheck();
    setWindowTitle(tr("%1 — Zhibiao").arg(QFileInfo(m_db->path()).fileName()));
    setWindowFilePath(m_db->path());
    if (m_holdLoads)
        m_recentDue = m_db->path(); // a settings write, after the first paint
    else
        RecentFiles::add(m_db->path());
    m_saveState->setText(SettingsActions::backUpDaily(*m_db)); // beside, not over, the summary
    QList<Indicator> indicators;
    try {
        indicators = CatalogueRepository(*m_db).indicators(false);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Cannot Read File"), e.message());
    }
    m_navigator->setIndicators(indicators);
    m_entry->setCategory(indicators.isEmpty() ? QString() : indicators.constFirst().category);
    m_navigator->select(m_entry->category(), {});
    fillChoosers();
    m_overview->fillCategories();
}

bool MainWindow::openFile(const QString &path)
{
    OpenError error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    if (!db) {
        if (error.code == OpenError::Code::Damaged)
            return RestoreActions::explainDamaged(this, path, error.message);
        QMessageBox::critical(this, tr("Cannot Open File"), error.message);
        if (error.code == OpenError::Code::NotFound)
            RecentFiles::remove(path);
        return false;
    }
    setDatabase(std::move(db));
    return true;
}

bool MainWindow::restoreFromBackup(const QString &databasePath, const QString &backupPath)
{
    const bool wasOpen = m_db && QFileInfo(m_db->path()) == QFileInfo(databasePath);
    if (wasOpen)
        closeDatabase();
    QString before;
    QString failure;
    try {
        before = BackupStore(databasePath).restore(backupPath);
    } catch (const StorageError &e) {
        failure = e.message();
    }
    if (failure.isEmpty() || wasOpen)
        openFile(databasePath);
    if (!failure.isEmpty()) {
        showNonBlocking(this, QMessageBox::Critical, tr("Restore Failed"), failure);
        return false;
    }
    const QString file = QDir::toNativeSeparators(databasePath);
    const QString backup = QDir::toNativeSeparators(backupPath);
    statusBar()->showMessage(before.isEmpty()
                                 ? tr("Restored %1 from %2.").arg(file, backup)
                                 : tr("Restored %1 from %2; the replaced file is kept as %3.")
                                       .arg(file, backup, QDir::toNativeSeparators(before)),
                             30000);
    return true;
}

void MainWindow::startFileCheck()
{
    m_fileCheck = new FileCheck(m_db->path(), this);
    connect(m_fileCheck, &FileCheck::damaged, this, &MainWindow::closeDamaged);
}

void MainWindow::closeDamaged(const QString &path, const QString &message)
{
    if (!m_db || m_db->path() != path)
        return; // another file was opened meanwhile
    m_fileCheck->deleteLater(); // it is emitting this: not deleted here
    m_fileCheck = nullptr;
    closeDatabase();
    RestoreActions::explainDamaged(this, path, message);
}

// Closes the file and gives up its lock, leaving the window empty.
void MainWindow::closeDatabase()
{
    // The report windows read the database, which must outlive them.
    qDeleteAll(findChildren<ReportWindow *>(Qt::FindDirectChildrenOnly));
    m_entry->setDatabase(nullptr);
    delete m_fileCheck; // a restore must not replace the file under a running check
    m_fileCheck = nullptr;
    m_checkDue = false;
    m_db.reset(); // closes the file before its lock goes
    m_lock.reset();
    setWindowTitle(tr("Zhibiao"));
    setWindowFilePath({});
    m_saveState->clear();
    m_navigator->setIndicators({});
    m_entry->setCategory({});
    m_periodBar->clear(); // reloads, showing an empty window
    m_overview->fillCategories();
}

void MainWindow::setUserName(const QString &name)
{
    m_userName = name;
    m_entry->setUserName(name);
    m_ui->userLabel->setText(name.isEmpty() ? QString() : tr("User: %1").arg(name));
    reloadEntry();
}

void MainWindow::fillChoosers()
{
    const StatusTableLoader loader(*m_db);
    QList<int> years;
    QList<OrgUnit> units;
    std::optional<Period> latest;
    try {
        years = loader.years();
        units = loader.orgUnits();
        latest = loader.latestPeriod();
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Cannot Read File"), e.message());
    }
    m_periodBar->fill(years, units, latest.value_or(Period{QDate::currentDate().year(), 1}));
}

void MainWindow::setPeriod(Period period)
{
    m_periodBar->setPeriod(period);
}

void MainWindow::setOrgUnit(const QString &code)
{
    m_periodBar->setOrgUnit(code);
}

void MainWindow::showCategory(const QString &category, const QString &subcategory)
{
    m_entry->setCategory(category, subcategory);
    m_navigator->select(category, subcategory);
    m_ui->tabs->setCurrentWidget(m_ui->entryTab);
    reloadEntry();
}

void MainWindow::selectIndicator(const QString &code)
{
    if (m_entry->selectIndicator(code))
        m_ui->tabs->setCurrentWidget(m_ui->entryTab);
}

Period MainWindow::period() const
{
    return m_periodBar->period();
}

QString MainWindow::orgUnitCode() const
{
    return m_periodBar->orgUnitCode();
}

void MainWindow::holdLoads()
{
    m_holdLoads = true;
    statusBar()->showMessage(tr("Reading the figures…"));
}

void MainWindow::reload()
{
    if (m_holdLoads) {
        m_loadDue = true;
        return;
    }
    QList<StatusRow> rows;
    const Period chosen = period();
    if (m_db && chosen.isValid() && !orgUnitCode().isEmpty()) {
        try {
            rows = StatusTableLoader(*m_db).load(chosen, orgUnitCode(), DashboardSettings::thresholds());
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Read File"), e.message());
        }
    }
    QString where;
    if (m_db && m_periodBar->hasYears())
        where = tr("%1 Q%2").arg(chosen.year).arg(chosen.quarter) + QStringLiteral(" \u00b7 ")
                + m_periodBar->orgUnitName();
    m_overview->setRows(std::move(rows), where,
                        m_db ? tr("This file has no targets or figures yet.") : tr("No file open."));
    reloadEntry();
}

void MainWindow::reloadEntry()
{
    if (m_holdLoads) {
        m_loadDue = true;
        return;
    }
    m_entry->setPlace({period(), orgUnitCode(), m_periodBar->orgUnitName()});
    m_entry->reload();
}

void MainWindow::showRefusal(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Saved"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("refusalBox"));
    box->open();
}

StatusTableModel *MainWindow::statusModel() const
{
    return m_overview->model();
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

QString MainWindow::completenessText() const
{
    return m_entry->completenessText();
}

EntryGridModel *MainWindow::entryModel() const
{
    return m_entry->model();
}

EntryController *MainWindow::entryController() const
{
    return m_entry->controller();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // The window is painted from the top down: once this returns, its children paint and the
    // whole is flushed. The notice waits for the event loop's next turn.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return handled;
}

void MainWindow::releaseHeldLoads()
{
    if (!m_holdLoads)
        return;
    m_holdLoads = false;
    statusBar()->clearMessage();
    if (m_loadDue)
        reload();
    m_loadDue = false;
    if (m_checkDue && m_db)
        startFileCheck();
    m_checkDue = false;
    if (!m_recentDue.isEmpty())
        RecentFiles::add(std::exchange(m_recentDue, QString()));
    Q_EMIT heldLoadsDone();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_overview->setDarkTheme(StatusColours::isDark(palette()));
        m_entry->setDarkTheme(StatusColours::isDark(palette()));
    }
    QMainWindow::changeEvent(event);
}

} // namespace zhibiao
