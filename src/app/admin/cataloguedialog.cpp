#include "app/admin/cataloguedialog.h"

#include "app/admin/cataloguevalidator.h"
#include "report/phrasepreview.h"
#include "storage/cataloguerepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include "ui_cataloguedialog.h"

#include <QHeaderView>

namespace zhibiao {

namespace {
enum Column { CodeColumn, NameColumn, CategoryColumn, SubcategoryColumn, UnitColumn, KindColumn, RetiredColumn };

// The kind as the table shows it (the stored word stays in the item's data and the files).
QString kindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Cumulative:
        return CatalogueDialog::tr("cumulative");
    case IndicatorKind::Stock:
        return CatalogueDialog::tr("stock");
    case IndicatorKind::Rate:
        return CatalogueDialog::tr("rate");
    case IndicatorKind::Growth:
        return CatalogueDialog::tr("growth");
    }
    return {};
}

QString kindDescription(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Cumulative:
        return CatalogueDialog::tr("cumulative (累计): year-to-date totals");
    case IndicatorKind::Stock:
        return CatalogueDialog::tr("stock (时点): level at quarter end");
    case IndicatorKind::Rate:
        return CatalogueDialog::tr("rate (率): percent at quarter end");
    case IndicatorKind::Growth:
        return CatalogueDialog::tr("growth (增速): percent against last year");
    }
    return {};
}
} // namespace

CatalogueDialog::CatalogueDialog(const Database &db, const QString &userName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CatalogueDialog>()), m_db(db), m_userName(userName)
{
    m_ui->setupUi(this);
    m_admin = UserRepository(db).knownRole(userName) == Role::Admin;
    m_ui->roleLabel->setText(m_admin ? tr("Select an indicator to edit it, or Add a new one. Retiring "
                                          "hides an indicator from new years; its figures, targets "
                                          "and history stay.")
                                     : tr("%1 may read the catalogue; only an admin may change it. "
                                          "Ask an admin for changes.")
                                           .arg(userName));

    for (IndicatorKind kind : {IndicatorKind::Cumulative, IndicatorKind::Stock, IndicatorKind::Rate, IndicatorKind::Growth})
        m_ui->kindCombo->addItem(kindDescription(kind), toString(kind));
    m_ui->directionCombo->addItem(tr("higher is better (target to reach)"), toString(Direction::Higher));
    m_ui->directionCombo->addItem(tr("ceiling: lower is better (limit)"), toString(Direction::Ceiling));

    m_ui->indicatorTable->setColumnCount(7);
    m_ui->indicatorTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Category"), tr("Sub-category"), tr("Unit"), tr("Kind"), tr("Retired")});
    m_ui->indicatorTable->verticalHeader()->hide();
    m_ui->indicatorTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->indicatorTable, &QTableWidget::itemSelectionChanged, this, &CatalogueDialog::showSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CatalogueDialog::startNew);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CatalogueDialog::save);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &CatalogueDialog::toggleRetired);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The sentence follows what is typed, so that the wording is checked before it is saved.
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->unitEdit, m_ui->phraseEdit, m_ui->clausesEdit})
        connect(edit, &QLineEdit::textEdited, this, &CatalogueDialog::updatePreview);
    connect(m_ui->precisionSpin, &QSpinBox::valueChanged, this, &CatalogueDialog::updatePreview);
    reload({});
}

CatalogueDialog::~CatalogueDialog() = default;

QString CatalogueDialog::message() const
{
    return m_ui->messageLabel->text();
}

void CatalogueDialog::reload(const QString &selectCode)
{
    m_indicators = CatalogueRepository(m_db).indicators(true);
    QTableWidget *table = m_ui->indicatorTable;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(static_cast<int>(m_indicators.size()));
    int selectRow = m_indicators.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_indicators.size(); ++row) {
        const Indicator &indicator = m_indicators.at(row);
        const QStringList cells{indicator.code, indicator.name, indicator.category, indicator.subcategory,
                                indicator.unit, kindName(indicator.kind),
                                indicator.retired ? tr("retired") : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (indicator.retired)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            table->setItem(row, column, item);
        }
        if (indicator.code == selectCode)
            selectRow = row;
    }
    table->resizeColumnsToContents();
    m_new = false;
    if (selectRow >= 0)
        table->selectRow(selectRow);
    showSelected();
}

void CatalogueDialog::showSelected()
{
    const int row = m_ui->indicatorTable->currentRow();
    if (row < 0 || row >= m_indicators.size()) {
        startNew();
        return;
    }
    m_new = false;
    fillForm(m_indicators.at(row));
    updateButtons();
}

void CatalogueDialog::fillForm(const Indicator &indicator)
{
    m_ui->codeEdit->setText(indicator.code);
    m_ui->codeEdit->setReadOnly(!m_new); // the code is the indicator's identity in every file
    m_ui->nameEdit->setText(indicator.name);
    m_ui->categoryEdit->setText(indicator.category);
    m_ui->subcategoryEdit->setText(indicator.subcategory);
    m_ui->unitEdit->setText(indicator.unit);
    m_ui->precisionSpin->setValue(indicator.precision);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(toString(indicator.kind)));
    m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(toString(indicator.direction)));
    m_ui->parentEdit->setText(indicator.parentCode);
    m_ui->sortSpin->setValue(indicator.sortOrder);
    m_ui->scheduleEdit->setText(indicator.schedule ? indicator.schedule->toString() : QString());
    m_ui->retiredCheck->setChecked(indicator.retired);
    m_ui->phraseEdit->setText(indicator.phrase);
    m_ui->clausesEdit->setText(clausesToString(indicator.clauses));
    updatePreview();
}

void CatalogueDialog::updatePreview()
{
    QString problem;
    Indicator indicator = formIndicator();
    indicator.clauses = clausesFromString(m_ui->clausesEdit->text(), &problem);
    if (!problem.isEmpty()) {
        m_ui->previewLabel->setText(problem);
        return;
    }
    try {
        const QString sentence = PhrasePreview::sentence(m_db, indicator);
        m_ui->previewLabel->setText(sentence.isEmpty() ? tr("(no figure of %1 yet to show a sentence with)").arg(indicator.code)
                                                       : sentence);
    } catch (const StorageError &e) {
        m_ui->previewLabel->setText(e.message());
    }
}

Indicator CatalogueDialog::formIndicator() const
{
    Indicator indicator;
    indicator.code = m_ui->codeEdit->text();
    indicator.name = m_ui->nameEdit->text();
    indicator.category = m_ui->categoryEdit->text();
    indicator.subcategory = m_ui->subcategoryEdit->text();
    indicator.unit = m_ui->unitEdit->text();
    indicator.precision = m_ui->precisionSpin->value();
    indicator.kind = indicatorKindFromString(m_ui->kindCombo->currentData().toString()).value_or(IndicatorKind::Cumulative);
    indicator.direction = directionFromString(m_ui->directionCombo->currentData().toString()).value_or(Direction::Higher);
    indicator.parentCode = m_ui->parentEdit->text();
    indicator.sortOrder = m_ui->sortSpin->value();
    indicator.retired = m_ui->retiredCheck->isChecked();
    indicator.phrase = m_ui->phraseEdit->text().trimmed();
    indicator.clauses = clausesFromString(m_ui->clausesEdit->text());
    bool ok = true;
    indicator.schedule = Schedule::parse(m_ui->scheduleEdit->text().trimmed(), &ok);
    return indicator;
}

void CatalogueDialog::startNew()
{
    m_new = true;
    Indicator blank;
    const int row = m_ui->indicatorTable->currentRow();
    if (row >= 0 && row < m_indicators.size()) {
        // A new indicator most often joins the category of the one in view.
        blank.category = m_indicators.at(row).category;
        blank.subcategory = m_indicators.at(row).subcategory;
    }
    int lastSort = 0;
    for (const Indicator &indicator : std::as_const(m_indicators))
        lastSort = std::max(lastSort, indicator.sortOrder);
    blank.sortOrder = lastSort + 10;
    fillForm(blank);
    m_ui->codeEdit->setFocus();
    showMessage(tr("New indicator: fill in the form, then Save."), false);
    updateButtons();
}

void CatalogueDialog::save()
{
    QString clausesProblem;
    clausesFromString(m_ui->clausesEdit->text(), &clausesProblem);
    if (!clausesProblem.isEmpty()) {
        showMessage(tr("The clause overrides cannot be read: %1.").arg(clausesProblem), true);
        return;
    }
    Indicator indicator = formIndicator();
    const QString problem =
        CatalogueValidator::check(indicator, m_ui->scheduleEdit->text(), m_indicators, m_new);
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    try {
        const UpsertCounts counts = CatalogueRepository(m_db).upsert({indicator}, m_userName);
        reload(indicator.code);
        showMessage(counts.changed() == 0 ? tr("%1 is unchanged.").arg(indicator.code)
                                          : tr("%1 saved.").arg(indicator.code),
                    false);
        if (counts.changed() > 0)
            Q_EMIT catalogueChanged();
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
    }
}

void CatalogueDialog::toggleRetired()
{
    const int row = m_ui->indicatorTable->currentRow();
    if (m_new || row < 0 || row >= m_indicators.size())
        return;
    const Indicator indicator = m_indicators.at(row);
    try {
        CatalogueRepository(m_db).setRetired(indicator.code, !indicator.retired, m_userName);
        reload(indicator.code);
        showMessage(indicator.retired ? tr("%1 is active again.").arg(indicator.code)
                                      : tr("%1 is retired: hidden from new years, its figures, targets and "
                                           "history kept.")
                                            .arg(indicator.code),
                    false);
        Q_EMIT catalogueChanged();
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
    }
}

void CatalogueDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CatalogueDialog::updateButtons()
{
    const bool selected = !m_new && m_ui->indicatorTable->currentRow() >= 0;
    const bool retired = selected && m_ui->retiredCheck->isChecked();
    m_ui->retireButton->setText(retired ? tr("Unre&tire") : tr("Re&tire"));
    m_ui->retireButton->setEnabled(m_admin && selected);
    m_ui->addButton->setEnabled(m_admin);
    m_ui->saveButton->setEnabled(m_admin);
}

} // namespace zhibiao
