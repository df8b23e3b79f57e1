#include "app/entry/exportdialog.h"

#include "io/exporter.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

#include "ui_exportdialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <set>

namespace zhibiao {

namespace {
InterchangeKind kindOf(int what)
{
    switch (what) {
    case ExportDialog::Targets:
        return InterchangeKind::Targets;
    case ExportDialog::Indicators:
        return InterchangeKind::Indicators;
    case ExportDialog::OrgUnits:
        return InterchangeKind::OrgUnits;
    default:
        return InterchangeKind::Figures;
    }
}
} // namespace

ExportDialog::ExportDialog(const Database &db, Period period, const QString &orgUnitCode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->whatCombo->addItem(tr("Figures"), Figures);
    m_ui->whatCombo->addItem(tr("Targets"), Targets);
    m_ui->whatCombo->addItem(tr("Indicators (the catalogue)"), Indicators);
    m_ui->whatCombo->addItem(tr("Org units"), OrgUnits);
    m_ui->whatCombo->addItem(tr("Entry template (figures to fill in)"), EntryTemplate);
    m_ui->formatCombo->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_ui->formatCombo->addItem(tr("CSV, UTF-8 (.csv)"), QStringLiteral("csv"));

    std::set<int> years{period.year, period.year + 1};
    try {
        for (const Target &target : TargetRepository(db).targets())
            years.insert(target.year);
        const OrgTree tree = OrgUnitRepository(db).tree();
        for (const OrgUnit &unit : tree.units())
            m_ui->orgUnitCombo->addItem(QStringLiteral("%1 %2").arg(unit.code, unit.name), unit.code);
    } catch (const StorageError &e) {
        m_ui->hintLabel->setText(e.message());
    }
    m_ui->yearCombo->addItem(tr("All years"), 0);
    for (int year : years)
        m_ui->yearCombo->addItem(QString::number(year), year);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(period.year));
    for (int quarter = 1; quarter <= 4; ++quarter)
        m_ui->quarterCombo->addItem(tr("Q%1").arg(quarter), quarter);
    m_ui->quarterCombo->setCurrentIndex(period.quarter - 1);
    m_ui->orgUnitCombo->setCurrentIndex(std::max(0, m_ui->orgUnitCombo->findData(orgUnitCode)));

    QPushButton *exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->whatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    updateFields();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setWhat(What what)
{
    m_ui->whatCombo->setCurrentIndex(m_ui->whatCombo->findData(what));
}

void ExportDialog::setXlsx(bool xlsx)
{
    m_ui->formatCombo->setCurrentIndex(xlsx ? 0 : 1);
}

void ExportDialog::updateFields()
{
    const int what = m_ui->whatCombo->currentData().toInt();
    const bool entryTemplate = what == EntryTemplate;
    const bool hasYear = what == Figures || what == Targets || entryTemplate;
    m_ui->yearCombo->setEnabled(hasYear);
    m_ui->quarterCombo->setEnabled(entryTemplate);
    m_ui->orgUnitCombo->setEnabled(entryTemplate);
    if (entryTemplate && m_ui->yearCombo->currentData().toInt() == 0)
        m_ui->yearCombo->setCurrentIndex(1);
    m_ui->hintLabel->setText(entryTemplate
                                 ? tr("One row per indicator for the org unit and quarter, with empty value "
                                      "and note cells to fill in. Cumulative indicators take the total from "
                                      "the start of the year. Import the filled file with File > Import.")
                                 : tr("The same columns as the interchange CSV files (docs/interchange.md); "
                                      "such a file imports back unchanged."));
}

QString ExportDialog::suggestedFileName() const
{
    const int what = m_ui->whatCombo->currentData().toInt();
    const QString suffix = m_ui->formatCombo->currentData().toString();
    const int year = m_ui->yearCombo->currentData().toInt();
    if (what == EntryTemplate)
        return QStringLiteral("template-%1-%2Q%3.%4")
            .arg(m_ui->orgUnitCombo->currentData().toString())
            .arg(year)
            .arg(m_ui->quarterCombo->currentData().toInt())
            .arg(suffix);
    const QString name = Interchange::name(kindOf(what));
    const bool yearly = what == Figures || what == Targets;
    return yearly && year > 0 ? QStringLiteral("%1-%2.%3").arg(name).arg(year).arg(suffix)
                              : QStringLiteral("%1.%2").arg(name, suffix);
}

bool ExportDialog::exportTo(const QString &path, QString *error) const
{
    const int what = m_ui->whatCombo->currentData().toInt();
    const int year = m_ui->yearCombo->currentData().toInt();
    try {
        if (what == EntryTemplate)
            return Exporter(m_db).exportTemplate(m_ui->orgUnitCombo->currentData().toString(),
                                                 Period{year, m_ui->quarterCombo->currentData().toInt()}, path, error);
        const bool yearly = what == Figures || what == Targets;
        return Exporter(m_db).exportFile(kindOf(what), yearly ? year : 0, path, error);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

void ExportDialog::chooseFileAndExport()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder")).toString();
    const bool xlsx = m_ui->formatCombo->currentData().toString() == QLatin1String("xlsx");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), folder.isEmpty() ? suggestedFileName() : folder + QLatin1Char('/') + suggestedFileName(),
        xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Export"),
                             tr("%1\n\nChoose another folder or file name and try again.").arg(error));
        return;
    }
    accept();
}

} // namespace zhibiao
