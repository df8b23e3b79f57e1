#include "app/mainwindow.h"

#include "app/categorygroupdelegate.h"
#include "app/statuscolours.h"
#include "app/statustableloader.h"
#include "app/statustablemodel.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include "ui_mainwindow.h"

#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <map>

namespace zhibiao {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_model(new StatusTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    for (int quarter = 1; quarter <= 4; ++quarter)
        m_ui->quarterCombo->addItem(tr("Q%1").arg(quarter), quarter);
    const auto reloadUnlessFilling = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, reloadUnlessFilling);
    connect(m_ui->quarterCombo, &QComboBox::currentIndexChanged, this, reloadUnlessFilling);
    connect(m_ui->orgUnitCombo, &QComboBox::currentIndexChanged, this, reloadUnlessFilling);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyCategory();
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StatusTableModel::CategoryRole);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->setItemDelegate(
        new CategoryGroupDelegate(StatusTableModel::CategoryColumn, Qt::DisplayRole, this));
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusTableModel::NoteColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_summary, 1);
    updateSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    setWindowTitle(tr("%1 — Zhibiao").arg(QFileInfo(m_db->path()).fileName()));
    setWindowFilePath(m_db->path());
    fillChoosers();
    reload();
    fillCategories(m_model->rows());
}

bool MainWindow::openFile(const QString &path)
{
    OpenError error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    if (!db) {
        QMessageBox::critical(this, tr("Cannot Open File"), error.message);
        return false;
    }
    setDatabase(std::move(db));
    return true;
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
    const Period start = latest.value_or(Period{QDate::currentDate().year(), 1});

    m_filling = true;
    m_ui->yearCombo->clear();
    for (const int year : std::as_const(years))
        m_ui->yearCombo->addItem(QString::number(year), year);
    m_ui->orgUnitCombo->clear();
    for (const OrgUnit &unit : std::as_const(units))
        m_ui->orgUnitCombo->addItem(unit.name, unit.code);
    m_filling = false;
    setPeriod(start);
}

void MainWindow::fillCategories(const QList<StatusRow> &rows)
{
    m_filling = true;
    m_ui->categoryCombo->clear();
    m_ui->categoryCombo->addItem(tr("All categories"), QString());
    for (const StatusRow &row : rows) {
        if (m_ui->categoryCombo->findData(row.indicator.category) < 0)
            m_ui->categoryCombo->addItem(row.indicator.category, row.indicator.category);
    }
    m_filling = false;
    applyCategory();
}

void MainWindow::applyCategory()
{
    const QString category = m_ui->categoryCombo->currentData().toString();
    if (category.isEmpty())
        m_proxy->setFilterRegularExpression(QString());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(category))));
    updateSummary();
}

void MainWindow::setPeriod(Period period)
{
    m_filling = true;
    int yearIndex = m_ui->yearCombo->findData(period.year);
    if (yearIndex < 0) {
        // A year without data can still be looked at (its rows say so).
        yearIndex = 0;
        while (yearIndex < m_ui->yearCombo->count()
               && m_ui->yearCombo->itemData(yearIndex).toInt() < period.year)
            ++yearIndex;
        m_ui->yearCombo->insertItem(yearIndex, QString::number(period.year), period.year);
    }
    m_ui->yearCombo->setCurrentIndex(yearIndex);
    m_ui->quarterCombo->setCurrentIndex(std::clamp(period.quarter, 1, 4) - 1);
    m_filling = false;
    reload();
}

void MainWindow::setOrgUnit(const QString &code)
{
    const int index = m_ui->orgUnitCombo->findData(code);
    if (index >= 0)
        m_ui->orgUnitCombo->setCurrentIndex(index);
}

Period MainWindow::period() const
{
    return Period{m_ui->yearCombo->currentData().toInt(), m_ui->quarterCombo->currentData().toInt()};
}

QString MainWindow::orgUnitCode() const
{
    return m_ui->orgUnitCombo->currentData().toString();
}

void MainWindow::reload()
{
    QList<StatusRow> rows;
    const Period chosen = period();
    if (m_db && chosen.isValid() && !orgUnitCode().isEmpty()) {
        try {
            rows = StatusTableLoader(*m_db).load(chosen, orgUnitCode());
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Read File"), e.message());
        }
    }
    m_model->setRows(std::move(rows));
    updateSummary();
}

void MainWindow::updateSummary()
{
    if (!m_db || m_ui->yearCombo->count() == 0) {
        m_summary->setText(m_db ? tr("This file has no targets or figures yet.")
                                : tr("No file open."));
        return;
    }
    std::map<Status, int> counts;
    const int shown = m_proxy->rowCount();
    for (int row = 0; row < shown; ++row)
        ++counts[static_cast<Status>(
            m_proxy->index(row, 0).data(StatusTableModel::StatusRole).toInt())];

    QStringList parts;
    const auto add = [&](Status status, const QString &text) {
        if (counts[status] > 0)
            parts << text.arg(counts[status]);
    };
    add(Status::Ahead, tr("%1 on track"));
    add(Status::Behind, tr("%1 behind"));
    add(Status::SeriouslyBehind, tr("%1 seriously behind"));
    add(Status::Met, tr("%1 met"));
    add(Status::Missed, tr("%1 missed"));
    add(Status::NoTarget, tr("%1 without target"));
    add(Status::NoData, tr("%1 without figures"));

    QStringList where{tr("%1 Q%2").arg(period().year).arg(period().quarter),
                      m_ui->orgUnitCombo->currentText()};
    if (!m_ui->categoryCombo->currentData().toString().isEmpty())
        where << m_ui->categoryCombo->currentText();
    const QString count = shown == 1 ? tr("1 indicator") : tr("%1 indicators").arg(shown);
    const QString middleDot = QStringLiteral(" \u00b7 ");
    m_summary->setText(where.join(middleDot) + middleDot + count
                       + (parts.isEmpty() ? QString() : tr(": %1").arg(parts.join(tr(", ")))));
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_model->setDarkTheme(StatusColours::isDark(palette()));
    QMainWindow::changeEvent(event);
}

} // namespace zhibiao
