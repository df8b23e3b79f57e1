#include "app/entry/importdialog.h"

#include "io/importer.h"
#include "io/importfile.h"

#include "ui_importdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>

namespace zhibiao {

namespace {

enum Column { LineColumn, StatusColumn, KeyColumn, BeforeColumn, AfterColumn, ReasonColumn, ColumnCount };

// Light backgrounds that keep black text readable; the status is also written out.
QColor backgroundOf(PreviewRow::Status status)
{
    switch (status) {
    case PreviewRow::Status::New:
        return QColor(0xd8, 0xf0, 0xd8);
    case PreviewRow::Status::Changed:
        return QColor(0xfd, 0xee, 0xc8);
    case PreviewRow::Status::Unchanged:
        return QColor(0xee, 0xee, 0xee);
    case PreviewRow::Status::Refused:
        return QColor(0xf8, 0xd0, 0xd0);
    }
    return {};
}

// Shows a progress dialog only when a step takes long enough to need one.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label) : m_dialog(label, QString(), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setCancelButton(nullptr);
        m_dialog.setAutoReset(false);
    }
    ImportProgress callback()
    {
        return [this](int done, int total) {
            if (m_dialog.maximum() != total)
                m_dialog.setRange(0, total);
            m_dialog.setValue(done);
        };
    }
    void setLabel(const QString &label) { m_dialog.setLabelText(label); }

private:
    QProgressDialog m_dialog;
};

} // namespace

ImportDialog::ImportDialog(const Database &db, QString userName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_db(db), m_userName(std::move(userName))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Tell from the header row"));
    for (InterchangeKind kind : {InterchangeKind::Figures, InterchangeKind::Targets, InterchangeKind::Indicators,
                                 InterchangeKind::OrgUnits})
        m_ui->kindCombo->addItem(Interchange::displayName(kind), static_cast<int>(kind));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(false);

    QTableWidget *table = m_ui->previewTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Row"), tr("Status"), tr("Item"), tr("Now"), tr("In the file"), tr("Reason")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ImportDialog::refresh);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            showPreview();
    });
    // The Import button commits; the dialog stays open to show what was done.
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::commit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearPreview(tr("Choose a CSV or XLSX file. Nothing is written before you press Import."));
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::adviceText() const
{
    return m_ui->adviceLabel->text();
}

void ImportDialog::setKind(std::optional<InterchangeKind> kind)
{
    m_ui->kindCombo->setCurrentIndex(kind ? m_ui->kindCombo->findData(static_cast<int>(*kind)) : 0);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    refresh();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import File"), m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(),
        tr("Interchange files (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::refresh()
{
    if (m_path.isEmpty())
        return;
    Progress progress(this, tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_table = ImportFile::readFile(m_path, progress.callback());
    showPreview();
}

void ImportDialog::clearPreview(const QString &advice)
{
    m_preview.reset();
    m_ui->previewTable->setRowCount(0);
    m_ui->summaryLabel->clear();
    m_ui->adviceLabel->setText(advice);
    m_importButton->setEnabled(false);
}

void ImportDialog::showPreview()
{
    if (!m_table.ok()) {
        clearPreview(tr("%1 cannot be read: %2.").arg(QFileInfo(m_path).fileName(), m_table.error));
        return;
    }
    std::optional<InterchangeKind> kind;
    if (m_ui->kindCombo->currentIndex() > 0)
        kind = static_cast<InterchangeKind>(m_ui->kindCombo->currentData().toInt());
    else
        kind = ImportFile::detectKind(m_table);
    if (!kind) {
        clearPreview(tr("The header row does not tell which kind of file this is. Choose the kind "
                        "above, or correct the header row (see docs/interchange.md)."));
        return;
    }
    Progress progress(this, tr("Checking %1…").arg(QFileInfo(m_path).fileName()));
    m_preview = ImportPreview::compute(m_db, m_userName, *kind, m_table, progress.callback());

    QTableWidget *table = m_ui->previewTable;
    table->setUpdatesEnabled(false);
    table->setRowCount(static_cast<int>(m_preview->rows().size()));
    int r = 0;
    for (const PreviewRow &row : m_preview->rows()) {
        const QStringList cells{QString::number(row.line), ImportPreview::statusText(row.status), row.key,
                                row.before, row.after,
                                row.reason.isEmpty() && !row.warning.isEmpty()
                                    ? tr("⚠ Check: %1").arg(row.warning)
                                    : row.reason};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            // A warning keeps the row's own colour; its reason cell is marked apart.
            const bool warned = c == ReasonColumn && row.reason.isEmpty() && !row.warning.isEmpty();
            item->setBackground(warned ? QColor(0xFF, 0xD2, 0x7A) : backgroundOf(row.status));
            item->setForeground(QColor(Qt::black));
            if (c == ReasonColumn && !cells.at(c).isEmpty())
                item->setToolTip(cells.at(c));
            table->setItem(r, c, item);
        }
        ++r;
    }
    // Wrapped reasons need taller rows; measuring every row of a huge file would crawl.
    if (table->rowCount() <= 2000)
        table->resizeRowsToContents();
    table->setUpdatesEnabled(true);

    const int refused = m_preview->count(PreviewRow::Status::Refused);
    const int changes = m_preview->count(PreviewRow::Status::New) + m_preview->count(PreviewRow::Status::Changed);
    m_ui->summaryLabel->setText(tr("%1 (%2): %3 rows — %4 new, %5 changed, %6 unchanged, %7 refused.")
                                    .arg(QFileInfo(m_path).fileName(), Interchange::displayName(*kind))
                                    .arg(m_preview->rows().size())
                                    .arg(m_preview->count(PreviewRow::Status::New))
                                    .arg(m_preview->count(PreviewRow::Status::Changed))
                                    .arg(m_preview->count(PreviewRow::Status::Unchanged))
                                    .arg(refused));
    QString advice;
    if (!m_preview->fileErrors().isEmpty()) {
        QStringList lines;
        for (const ImportIssue &issue : m_preview->fileErrors())
            lines << issue.toString();
        advice = tr("The file cannot be imported: %1. Correct it and press Reload.").arg(lines.join(QStringLiteral("; ")));
    } else if (refused > 0) {
        advice = tr("%n row(s) are refused (in red, with the reason). Nothing is imported while any row "
                    "is refused: correct or delete those rows in the file, save it, and press Reload.",
                    nullptr, refused);
    } else if (changes == 0) {
        advice = tr("Nothing to import: every row matches the database.");
    } else {
        advice = tr("Press Import to write the %n new or changed row(s), all in one step.", nullptr, changes);
    }
    if (const int warned = m_preview->warningCount(); warned > 0 && m_preview->fileErrors().isEmpty())
        advice += QLatin1Char(' ')
                  + tr("%n row(s) look unusual (⚠ in the Reason column, with what to check); they are imported as they are.",
                       nullptr, warned);
    m_ui->adviceLabel->setText(advice);
    m_importButton->setEnabled(m_preview->canCommit() && changes > 0);
}

void ImportDialog::commit()
{
    if (!m_preview || !m_preview->canCommit())
        return;
    ImportResult result;
    {
        Progress progress(this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
        result = Importer(m_db, m_userName)
                     .import(m_preview->kind(), m_table, QFileInfo(m_path).fileName(), progress.callback());
    }
    if (!result.ok()) {
        // The database changed since the preview (a quarter was submitted, say): show anew.
        showPreview();
        QStringList lines;
        for (const ImportIssue &issue : result.errors)
            lines << issue.toString();
        m_ui->adviceLabel->setText(tr("Nothing was imported: %1").arg(lines.join(QStringLiteral("; "))));
        m_importButton->setEnabled(false);
        return;
    }
    showPreview(); // every row now unchanged
    m_ui->adviceLabel->setText(tr("Imported: %1 new, %2 changed, %3 unchanged.")
                                   .arg(result.counts.inserted)
                                   .arg(result.counts.updated)
                                   .arg(result.counts.unchanged));
    m_importButton->setEnabled(false);
    Q_EMIT imported();
}

} // namespace zhibiao
