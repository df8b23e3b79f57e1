#include "app/entry/entrypage.h"

#include "app/entry/checkspanel.h"
#include "app/entry/completeness.h"
#include "app/entry/conflictdialog.h"
#include "app/entry/entrycontroller.h"
#include "app/entry/entrygridloader.h"
#include "app/entry/entrygridmodel.h"
#include "app/entry/entrygridview.h"
#include "app/entry/historypanel.h"
#include "app/entry/numericdelegate.h"
#include "app/entry/quarteractions.h"
#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>

namespace zhibiao {

EntryPage::EntryPage(const Widgets &widgets, QWidget *window)
    : QObject(window), m_widgets(widgets), m_model(new EntryGridModel(this)),
      m_controller(new EntryController(m_model, this))
{
    connectWidgets(window);
}

void EntryPage::connectWidgets(QWidget *window)
{
    EntryGridView *view = m_widgets.view;
    view->setModel(m_model);
    auto *delegate = new NumericDelegate(view);
    view->setItemDelegate(delegate);
    connect(delegate, &NumericDelegate::refused, this,
            [this](const QString &text) { Q_EMIT message(text, 5000); });
    connect(view, &EntryGridView::refused, this, [this](const QString &text) { Q_EMIT message(text, 8000); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntryPage::showHistory);
    connect(m_controller, &EntryController::saved, this, [this](const QString &text) {
        Q_EMIT saved(text);
        updateChecks();
        showHistory();
    });
    connect(m_controller, &EntryController::refused, this, &EntryPage::refused);
    m_controller->setConflictChooser(
        [window](const QList<FigureConflict> &conflicts) { return ConflictDialog::ask(conflicts, window); });
    connect(m_widgets.quarterActions, &QuarterActions::changed, this, [this](const QString &text) {
        Q_EMIT message(text, 8000);
        reload();
    });
    connect(m_widgets.quarterActions, &QuarterActions::refused, this, &EntryPage::refused);
    // A dock may shrink to a few lines (it scrolls), so that the window fits a laptop.
    m_widgets.checks->setMinimumHeight(64);
    m_widgets.history->setMinimumHeight(64);
    connect(m_widgets.checks, &ChecksPanel::cellChosen, this, [this](int row, int column) {
        Q_EMIT cellWanted();
        m_widgets.view->setCurrentIndex(m_model->index(row, column));
        m_widgets.view->setFocus();
    });
}

QString EntryPage::completenessText() const
{
    return m_widgets.completeness->text();
}

void EntryPage::setDatabase(Database *db)
{
    m_db = db;
    m_controller->setDatabase(db);
}

void EntryPage::setUserName(const QString &name)
{
    m_userName = name;
    m_controller->setUserName(name);
}

void EntryPage::setPlace(const Place &place)
{
    m_place = place;
}

void EntryPage::setCategory(const QString &category, const QString &subcategory)
{
    m_category = category;
    m_subcategory = subcategory;
}

void EntryPage::reload()
{
    EntryGridData data;
    const Period period = m_place.period;
    if (m_db && period.isValid() && !m_place.orgUnitCode.isEmpty() && !m_category.isEmpty()) {
        try {
            data = EntryGridLoader::load(*m_db, m_category, m_subcategory, m_place.orgUnitCode, period.year);
            data.role = UserRepository(*m_db).knownRole(m_userName).value_or(Role::Staff);
        } catch (const StorageError &e) {
            QMessageBox::warning(m_widgets.view->window(), tr("Cannot Read File"), e.message());
        }
    }
    data.quarter = period.isValid() ? period.quarter : 4;
    const QModelIndex current = m_widgets.view->currentIndex();
    const QString code = current.data(EntryGridModel::CodeRole).toString();
    // The cursor follows the chosen quarter; on another column it stays where it was.
    const int column = code.isEmpty() || EntryGridModel::quarterOfColumn(current.column()) > 0
                           ? EntryGridModel::columnOfQuarter(data.quarter)
                           : current.column();
    m_model->setData(std::move(data));
    m_widgets.view->restoreAfterReset(code, column);
    updateQuarterInfo();
    updateChecks();
    showHistory();
}

bool EntryPage::selectIndicator(const QString &code)
{
    if (m_model->rowOf(code) < 0 && m_db) {
        if (const auto indicator = CatalogueRepository(*m_db).find(code)) {
            setCategory(indicator->category);
            reload();
            Q_EMIT categoryChanged(m_category, m_subcategory);
        }
    }
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    const QModelIndex cell = m_model->index(row, EntryGridModel::columnOfQuarter(m_place.period.quarter));
    m_widgets.view->setCurrentIndex(cell);
    m_widgets.view->scrollTo(cell);
    return true;
}

void EntryPage::paste(const QString &text)
{
    m_controller->paste(m_widgets.view->currentIndex(), text);
}

void EntryPage::setDarkTheme(bool dark)
{
    m_model->setDarkTheme(dark);
}

void EntryPage::updateQuarterInfo()
{
    m_widgets.quarterActions->setContext(m_db, m_userName, m_place.orgUnitCode, m_place.orgUnitName,
                                         m_place.period);
    const auto state = m_widgets.quarterActions->state();
    const QString stateText = state == QuarterState::Open        ? tr("open for entry")
                              : state == QuarterState::Submitted ? tr("submitted, locked")
                              : state == QuarterState::Approved  ? tr("approved, locked")
                                                                 : tr("returned, open again");
    m_widgets.quarterState->setText(m_db ? tr("Q%1 is %2").arg(m_place.period.quarter).arg(stateText)
                                         : QString());

    QString completeness;
    if (m_db && m_place.period.isValid() && !m_place.orgUnitCode.isEmpty()) {
        try {
            completeness = Completeness::describe(*m_db, m_place.orgUnitCode, m_place.period);
        } catch (const StorageError &e) {
            completeness = e.message();
        }
    }
    // The line stays, empty for a unit without counties: switching the org unit must not
    // make the grid below it jump by a line. Its height is that of a line as it reads for
    // a city (Chinese glyphs come from a fallback font, a pixel taller than Latin lines).
    QLabel *line = m_widgets.completeness;
    line->setText(QStringLiteral("县区"));
    line->setMinimumHeight(line->sizeHint().height());
    line->setText(completeness);
    line->setVisible(true);
}

void EntryPage::updateChecks()
{
    m_widgets.checks->showWarnings(*m_model);
    const int count = static_cast<int>(m_model->warnings().size());
    m_widgets.checksDock->setWindowTitle(count == 0 ? tr("Checks") : tr("Checks (%1)").arg(count));
}

void EntryPage::showHistory()
{
    const QModelIndex index = m_widgets.view->currentIndex();
    const QString code = index.data(EntryGridModel::CodeRole).toString();
    const int quarter = index.data(EntryGridModel::QuarterRole).toInt();
    QList<AuditEntry> entries;
    if (m_db && !code.isEmpty() && quarter > 0) {
        try {
            entries = AuditRepository(*m_db).entries(code, m_place.orgUnitCode, m_place.period.year, quarter);
        } catch (const StorageError &e) {
            Q_EMIT message(e.message(), 5000);
        }
    }
    m_widgets.history->showEntries(entries, index.data(EntryGridModel::PrecisionRole).toInt());
    QString title = code.isEmpty() || quarter == 0 ? tr("History") : tr("History: %1").arg(m_model->cellName(index));
    // Short, so that the dock's title stays on one line: the grid's tooltip says the rest.
    if (index.isValid() && m_model->gridData().rows.at(index.row()).countySum)
        title += QLatin1Char(' ') + tr("(own figure, not the Σ)");
    m_widgets.historyDock->setWindowTitle(title);
}

} // namespace zhibiao
