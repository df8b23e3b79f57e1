#include "app/admin/targetsdialog.h"

#include "core/numberinput.h"
#include "storage/cataloguerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"
#include "storage/userrepository.h"

#include "ui_targetsdialog.h"

#include <QDate>
#include <QHeaderView>
#include <QMessageBox>

namespace zhibiao {

namespace {
enum Column { CodeColumn, NameColumn, UnitColumn, TargetColumn };

QString formatTarget(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}
} // namespace

TargetsDialog::TargetsDialog(const Database &db, const QString &userName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TargetsDialog>()), m_db(db), m_userName(userName)
{
    m_ui->setupUi(this);
    const Role role = UserRepository(db).knownRole(userName).value_or(Role::Staff);
    m_mayChange = role == Role::Admin || role == Role::Leader;
    m_ui->roleLabel->setText(m_mayChange ? tr("Type a target in the Target column and Save; every change "
                                              "is recorded with your name.")
                                         : tr("%1 may read the targets; only an admin or a leader may change "
                                              "them. Ask one of them for changes.")
                                               .arg(userName));
    m_ui->saveButton->setEnabled(m_mayChange);
    m_ui->startYearButton->setEnabled(m_mayChange);

    const OrgTree tree = OrgUnitRepository(db).tree();
    for (const OrgUnit &unit : tree.units())
        m_ui->orgCombo->addItem(unit.name, unit.code);
    const int latest = nextYear() - 1;
    m_ui->yearSpin->setValue(latest >= m_ui->yearSpin->minimum() ? latest : QDate::currentDate().year());

    QTableWidget *table = m_ui->targetTable;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Code"), tr("Indicator"), tr("Unit"), tr("Target")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);

    connect(table, &QTableWidget::cellChanged, this, &TargetsDialog::cellEdited);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, [this] { load(); });
    connect(m_ui->orgCombo, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->startYearButton, &QPushButton::clicked, this, &TargetsDialog::askStartYear);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (confirmDiscard())
            reject();
    });
    load();
}

TargetsDialog::~TargetsDialog() = default;

QString TargetsDialog::message() const
{
    return m_ui->messageLabel->text();
}

int TargetsDialog::nextYear() const
{
    int latest = 0;
    for (const Target &target : TargetRepository(m_db).targets())
        latest = std::max(latest, target.year);
    return latest > 0 ? latest + 1 : QDate::currentDate().year();
}

bool TargetsDialog::confirmDiscard()
{
    if (m_edited.isEmpty() && m_invalid.isEmpty())
        return true;
    return QMessageBox::question(this, tr("Unsaved Targets"),
                                 tr("%n target(s) are edited but not saved. Discard them?", nullptr,
                                    static_cast<int>(m_edited.size() + m_invalid.size())))
           == QMessageBox::Yes;
}

void TargetsDialog::load()
{
    const int year = m_ui->yearSpin->value();
    const int org = m_ui->orgCombo->currentIndex();
    if ((year != m_shownYear || org != m_shownOrg) && m_shownOrg >= 0 && !confirmDiscard()) {
        const QSignalBlocker yearBlocker(m_ui->yearSpin);
        const QSignalBlocker orgBlocker(m_ui->orgCombo);
        m_ui->yearSpin->setValue(m_shownYear);
        m_ui->orgCombo->setCurrentIndex(m_shownOrg);
        return;
    }
    m_shownYear = year;
    m_shownOrg = org;
    const QString orgCode = m_ui->orgCombo->currentData().toString();
    QHash<QString, double> stored;
    for (const Target &target : TargetRepository(m_db).targets(year)) {
        if (target.orgUnitCode == orgCode)
            stored.insert(target.indicatorCode, target.value);
    }
    // Retired indicators get no new targets, but a target they already have stays visible.
    m_indicators.clear();
    for (const Indicator &indicator : CatalogueRepository(m_db).indicators(true)) {
        if (!indicator.retired || stored.contains(indicator.code))
            m_indicators << indicator;
    }
    m_stored.clear();
    m_edited.clear();
    m_invalid.clear();

    QTableWidget *table = m_ui->targetTable;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(static_cast<int>(m_indicators.size()));
    for (int row = 0; row < m_indicators.size(); ++row) {
        const Indicator &indicator = m_indicators.at(row);
        const auto value = stored.contains(indicator.code) ? std::optional<double>(stored.value(indicator.code))
                                                           : std::nullopt;
        m_stored << value;
        const QStringList cells{indicator.code, indicator.name, indicator.unit, formatTarget(value)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (column == TargetColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (m_mayChange && !indicator.retired)
                    flags |= Qt::ItemIsEditable;
            }
            item->setFlags(flags);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    showMessage(stored.isEmpty() ? tr("%1 has no targets for %2 yet: type them in, or use Start new year… "
                                      "to copy last year's.")
                                       .arg(year)
                                       .arg(m_ui->orgCombo->currentText())
                                 : QString(),
                false);
}

void TargetsDialog::cellEdited(int row, int column)
{
    if (column != TargetColumn || row < 0 || row >= m_indicators.size())
        return;
    QTableWidgetItem *item = m_ui->targetTable->item(row, column);
    const Indicator &indicator = m_indicators.at(row);
    const QString text = item->text().trimmed();
    m_edited.remove(row);
    m_invalid.remove(row);
    // Colouring the cell changes its data too: keep that from coming back here.
    const QSignalBlocker blocker(m_ui->targetTable);
    item->setBackground(QBrush());
    if (text.isEmpty()) {
        if (!m_stored.at(row))
            return;
        m_invalid.insert(row, tr("A target cannot be removed here; type the value it should have."));
    } else {
        const NumberInput input = parseNumberInput(text);
        if (!input.ok())
            m_invalid.insert(row, numberInputMessage(input.error));
        else if (m_stored.at(row) != input.value)
            m_edited.insert(row, *input.value);
    }
    if (m_invalid.contains(row)) {
        item->setBackground(QColor(0xf8, 0xd7, 0xda));
        showMessage(tr("Target of %1 %2: %3").arg(indicator.code, indicator.name, m_invalid.value(row)), true);
    } else {
        showMessage(tr("%n change(s) not saved yet.", nullptr, static_cast<int>(m_edited.size())), false);
    }
}

bool TargetsDialog::save()
{
    if (!m_invalid.isEmpty()) {
        const int row = m_invalid.keys().first();
        const Indicator &indicator = m_indicators.at(row);
        showMessage(tr("Nothing was saved: the target of %1 %2 is not valid (%3)")
                        .arg(indicator.code, indicator.name, m_invalid.value(row)),
                    true);
        m_ui->targetTable->setCurrentCell(row, TargetColumn);
        return false;
    }
    if (m_edited.isEmpty()) {
        showMessage(tr("No target was changed."), false);
        return true;
    }
    QList<Target> targets;
    const QString orgCode = m_ui->orgCombo->currentData().toString();
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it)
        targets << Target{m_indicators.at(it.key()).code, orgCode, m_shownYear, it.value()};
    try {
        const UpsertCounts counts = TargetRepository(m_db).upsert(targets, m_userName, tr("targets dialog"));
        m_edited.clear();
        load();
        showMessage(tr("%n target(s) saved.", nullptr, counts.changed()), false);
        Q_EMIT targetsChanged();
        return true;
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
        return false;
    }
}

bool TargetsDialog::startYear(int year)
{
    try {
        const UpsertCounts counts = TargetRepository(m_db).startYear(year, m_userName);
        m_edited.clear();
        m_invalid.clear();
        m_ui->yearSpin->setValue(year); // loads the new year
        load();
        showMessage(tr("%1 started: %n target(s) copied from %2 for every org unit. They can be edited now.",
                       nullptr, counts.inserted)
                        .arg(year)
                        .arg(year - 1),
                    false);
        Q_EMIT targetsChanged();
        return true;
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
        return false;
    }
}

void TargetsDialog::askStartYear()
{
    const int year = nextYear();
    if (!confirmDiscard())
        return;
    if (QMessageBox::question(this, tr("Start New Year"),
                              tr("Copy the %1 targets of every org unit to %2? Retired indicators are "
                                 "left out; the copies can be edited afterwards.")
                                  .arg(year - 1)
                                  .arg(year))
        != QMessageBox::Yes)
        return;
    startYear(year);
}

void TargetsDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace zhibiao
