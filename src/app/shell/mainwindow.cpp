#include "app/shell/mainwindow.h"

#include "app/common/windowplacement.h"
#include "app/entry/completeness.h"
#include "app/entry/conflictdialog.h"
#include "app/entry/entrycontroller.h"
#include "app/entry/entrygridloader.h"
#include "app/entry/entrygridmodel.h"
#include "app/entry/navigator.h"
#include "app/entry/numericdelegate.h"
#include "app/entry/overviewtab.h"
#include "app/entry/quarteractions.h"
#include "app/entry/statuscolours.h"
#include "app/entry/statustableloader.h"
#include "app/entry/statustablemodel.h"
#include "app/report/reportwindow.h"
#include "app/shell/dataactions.h"
#include "app/shell/fileclaim.h"
#include "app/shell/helpactions.h"
#include "app/shell/periodbar.h"
#include "app/shell/recentfiles.h"
#include "app/shell/restoreactions.h"
#include "app/shell/settingsactions.h"
#include "dashboard/dashboardsettings.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/dashboardwidget.h"
#include "storage/auditrepository.h"
#include "storage/backupstore.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include "ui_mainwindow.h"

#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

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
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_entryModel(new EntryGridModel(this)), m_controller(new EntryController(m_entryModel, this)),
      m_summary(new QLabel(this)), m_saveState(new QLabel(this))
{
    m_ui->setupUi(this);
    WindowPlacement::fit(this, size()); // the form's 1440×860, or less on a smaller screen
    m_navigator = new Navigator(m_ui->navigatorTree, this);
    m_quarterActions = new QuarterActions(m_ui->actionSubmit, m_ui->actionApprove,
                                          m_ui->actionReturn, this);
    setUpMenus();

    m_periodBar = new PeriodBar(m_ui->yearCombo, m_ui->quarterCombo, m_ui->orgUnitCombo, this);
    connect(m_periodBar, &PeriodBar::changed, this, &MainWindow::reload);
    m_overview = new OverviewTab(m_ui->tableView, m_ui->categoryCombo, m_summary, this);
    setUpEntryGrid();

    connect(m_navigator, &Navigator::groupChosen, this,
            [this](const QString &category, const QString &subcategory) {
                showCategory(category, subcategory);
            });
    connect(m_navigator, &Navigator::indicatorChosen, this,
            [this](const QString &, const QString &, const QString &code) { selectIndicator(code); });
    connect(m_quarterActions, &QuarterActions::changed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        reloadEntry();
    });
    connect(m_quarterActions, &QuarterActions::refused, this, &MainWindow::showRefusal);

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

void MainWindow::setUpEntryGrid()
{
    EntryGridView *view = m_ui->entryView;
    view->setModel(m_entryModel);
    auto *delegate = new NumericDelegate(this);
    view->setItemDelegate(delegate);
    connect(delegate, &NumericDelegate::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(view, &EntryGridView::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showHistory);
    connect(m_controller, &EntryController::saved, this, [this](const QString &message) {
        m_saveState->setText(message);
        updateChecks();
        showHistory();
    });
    connect(m_controller, &EntryController::refused, this, &MainWindow::showRefusal);
    m_controller->setConflictChooser(
        [this](const QList<FigureConflict> &conflicts) { return ConflictDialog::ask(conflicts, this); });
    // View > Dashboard and F11 (full-screen presentation) come with the dashboard's tab.
    auto *dashboard = new DashboardTab(m_ui->tabs, m_ui->viewMenu, [this] {
        return DashboardTab::Context{m_db.get(), period(), orgUnitCode()};
    }, this);
    // The Checks and History docks belong to entering figures: on the dashboard they would
    // take a quarter of a laptop's height, so they step aside there and come back after.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this, dashboard] {
        const bool onDashboard = m_ui->tabs->currentWidget() == dashboard->widget();
        for (QDockWidget *dock : {m_ui->checksDock, m_ui->historyDock}) {
            // isHidden, not isVisible: before the window is first shown no dock is visible,
            // and a window opened on the dashboard (--tab dashboard) must still clear them.
            if (onDashboard && !dock->isHidden()) {
                dock->setProperty("hiddenForDashboard", true);
                dock->hide();
            } else if (!onDashboard && dock->property("hiddenForDashboard").toBool()) {
                dock->setProperty("hiddenForDashboard", false);
                dock->show();
            }
        }
    });
    // A dock may shrink to a few lines (it scrolls), so that the window fits a laptop.
    m_ui->checksPanel->setMinimumHeight(64);
    m_ui->historyPanel->setMinimumHeight(64);
    connect(m_ui->checksPanel, &ChecksPanel::cellChosen, this, [this](int row, int column) {
        m_ui->tabs->setCurrentWidget(m_ui->entryTab);
        m_ui->entryView->setCurrentIndex(m_entryModel->index(row, column));
        m_ui->entryView->setFocus();
    });
}

void MainWindow::setUpMenus()
{
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newFile);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPaste, &QAction::triggered, this, &MainWindow::paste);

    UndoActions::install(this, m_ui->editMenu, m_ui->actionPaste, m_ui->toolBar, m_ui->actionSubmit);

    m_ui->viewMenu->addAction(m_ui->checksDock->toggleViewAction());
    m_ui->viewMenu->addAction(m_ui->historyDock->toggleViewAction());
    m_ui->viewMenu->addAction(m_ui->toolBar->toggleViewAction());
    fillRecentMenu();
    SettingsActions::install(this, m_ui->fileMenu, m_ui->editMenu);
    HelpActions::install(this, m_ui->menuBar);

    DataActions::install(this, m_ui->fileMenu, m_ui->actionQuit, m_ui->editMenu);
    RestoreActions::install(this, m_ui->fileMenu, m_ui->actionQuit);
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
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
    m_controller->setDatabase(m_db.get());
    setWindowTitle(tr("%1 — Zhibiao").arg(QFileInfo(m_db->path()).fileName()));
    setWindowFilePath(m_db->path());
    RecentFiles::add(m_db->path());
    fillRecentMenu();
    m_saveState->setText(SettingsActions::backUpDaily(*m_db)); // beside, not over, the summary
    QList<Indicator> indicators;
    try {
        indicators = CatalogueRepository(*m_db).indicators(false);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Cannot Read File"), e.message());
    }
    m_navigator->setIndicators(indicators);
    m_category = indicators.isEmpty() ? QString() : indicators.constFirst().category;
    m_subcategory.clear();
    m_navigator->select(m_category, m_subcategory);
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
        fillRecentMenu();
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

// Closes the file and gives up its lock, leaving the window empty.
void MainWindow::closeDatabase()
{
    // The report windows read the database, which must outlive them.
    qDeleteAll(findChildren<ReportWindow *>(Qt::FindDirectChildrenOnly));
    m_controller->setDatabase(nullptr);
    m_db.reset(); // closes the file before its lock goes
    m_lock.reset();
    setWindowTitle(tr("Zhibiao"));
    setWindowFilePath({});
    m_saveState->clear();
    m_navigator->setIndicators({});
    m_category.clear();
    m_subcategory.clear();
    m_periodBar->clear(); // reloads, showing an empty window
    m_overview->fillCategories();
}

void MainWindow::newFile()
{
    // A new bureau needs its names, counties and first user: the welcome page asks for them
    // (an empty file would have nobody allowed to change it).
    SettingsActions::showWelcome(this);
}

void MainWindow::chooseFile()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Bureau File"), start,
        tr("Zhibiao files (*.zhibiao *.db);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::fillRecentMenu()
{
    RecentFiles::fillMenu(m_ui->recentMenu, [this](const QString &path) { openFile(path); });
}

void MainWindow::setUserName(const QString &name)
{
    m_userName = name;
    m_controller->setUserName(name);
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
    m_category = category;
    m_subcategory = subcategory;
    m_navigator->select(category, subcategory);
    m_ui->tabs->setCurrentWidget(m_ui->entryTab);
    reloadEntry();
}

void MainWindow::selectIndicator(const QString &code)
{
    if (m_entryModel->rowOf(code) < 0 && m_db) {
        if (const auto indicator = CatalogueRepository(*m_db).find(code))
            showCategory(indicator->category, QString());
    }
    const int row = m_entryModel->rowOf(code);
    if (row < 0)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->entryTab);
    const int column = EntryGridModel::columnOfQuarter(period().quarter);
    m_ui->entryView->setCurrentIndex(m_entryModel->index(row, column));
    m_ui->entryView->scrollTo(m_entryModel->index(row, column));
}

Period MainWindow::period() const
{
    return m_periodBar->period();
}

QString MainWindow::orgUnitCode() const
{
    return m_periodBar->orgUnitCode();
}

void MainWindow::reload()
{
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
    EntryGridData data;
    const Period chosen = period();
    if (m_db && chosen.isValid() && !orgUnitCode().isEmpty() && !m_category.isEmpty()) {
        try {
            data = EntryGridLoader::load(*m_db, m_category, m_subcategory, orgUnitCode(), chosen.year);
            data.role = UserRepository(*m_db).knownRole(m_userName).value_or(Role::Staff);
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Read File"), e.message());
        }
    }
    data.quarter = chosen.isValid() ? chosen.quarter : 4;
    const QModelIndex current = m_ui->entryView->currentIndex();
    const QString code = current.data(EntryGridModel::CodeRole).toString();
    // The cursor follows the chosen quarter; on another column it stays where it was.
    const int column = code.isEmpty() || EntryGridModel::quarterOfColumn(current.column()) > 0
                           ? EntryGridModel::columnOfQuarter(data.quarter)
                           : current.column();
    m_entryModel->setData(std::move(data));
    m_ui->entryView->restoreAfterReset(code, column);
    updateQuarterInfo();
    updateChecks();
    showHistory();
}

void MainWindow::updateQuarterInfo()
{
    m_quarterActions->setContext(m_db.get(), m_userName, orgUnitCode(), m_periodBar->orgUnitName(), period());
    const auto state = m_quarterActions->state();
    const QString stateText = state == QuarterState::Open        ? tr("open for entry")
                              : state == QuarterState::Submitted ? tr("submitted, locked")
                              : state == QuarterState::Approved  ? tr("approved, locked")
                                                                 : tr("returned, open again");
    m_ui->quarterStateLabel->setText(m_db ? tr("Q%1 is %2").arg(period().quarter).arg(stateText) : QString());

    QString completeness;
    if (m_db && period().isValid() && !orgUnitCode().isEmpty()) {
        try {
            completeness = Completeness::describe(*m_db, orgUnitCode(), period());
        } catch (const StorageError &e) {
            completeness = e.message();
        }
    }
    // The line stays, empty for a unit without counties: switching the org unit must not
    // make the grid below it jump by a line.
    // The height of one line as the line reads for a city (Chinese glyphs come from a
    // fallback font, a pixel taller than the Latin line height).
    QLabel *line = m_ui->completenessLabel;
    line->setText(QStringLiteral("县区"));
    line->setMinimumHeight(line->sizeHint().height());
    line->setText(completeness);
    line->setVisible(true);
}

void MainWindow::updateChecks()
{
    m_ui->checksPanel->showWarnings(*m_entryModel);
    const int count = static_cast<int>(m_entryModel->warnings().size());
    m_ui->checksDock->setWindowTitle(count == 0 ? tr("Checks") : tr("Checks (%1)").arg(count));
}

void MainWindow::showHistory()
{
    const QModelIndex index = m_ui->entryView->currentIndex();
    const QString code = index.data(EntryGridModel::CodeRole).toString();
    const int quarter = index.data(EntryGridModel::QuarterRole).toInt();
    QList<AuditEntry> entries;
    if (m_db && !code.isEmpty() && quarter > 0) {
        try {
            entries = AuditRepository(*m_db).entries(code, orgUnitCode(), period().year, quarter);
        } catch (const StorageError &e) {
            statusBar()->showMessage(e.message(), 5000);
        }
    }
    m_ui->historyPanel->showEntries(entries, index.data(EntryGridModel::PrecisionRole).toInt());
    QString title = code.isEmpty() || quarter == 0 ? tr("History")
                                                   : tr("History: %1").arg(m_entryModel->cellName(index));
    if (index.isValid() && m_entryModel->gridData().rows.at(index.row()).countySum)
        title += QLatin1Char(' ') + tr("(this org unit's own figure; the grid shows the counties' sum)");
    m_ui->historyDock->setWindowTitle(title);
}

void MainWindow::paste()
{
    const QModelIndex at = m_ui->entryView->currentIndex();
    m_controller->paste(at, QGuiApplication::clipboard()->text());
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
    return m_ui->completenessLabel->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_overview->setDarkTheme(StatusColours::isDark(palette()));
        m_entryModel->setDarkTheme(StatusColours::isDark(palette()));
    }
    QMainWindow::changeEvent(event);
}

} // namespace zhibiao
