#include "app/report/reportexportdialog.h"

#include "app/common/documentsfolder.h"
#include "storage/outputfile.h"
#include "ui_reportexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace zhibiao {

namespace {
struct Choice
{
    ReportExporter::Format format;
    const char *suffix;
};
constexpr Choice kChoices[] = {{ReportExporter::Format::Pdf, "pdf"},
                               {ReportExporter::Format::Odt, "odt"},
                               {ReportExporter::Format::Docx, "docx"},
                               {ReportExporter::Format::Html, "html"},
                               {ReportExporter::Format::Text, "txt"}};
constexpr int kLastChoice = static_cast<int>(std::size(kChoices)) - 1;
} // namespace

ReportExportDialog::ReportExportDialog(const QString &suggestedBaseName, const QStringList &unresolved,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->format->addItem(tr("PDF, ready to print (GB/T 9704)"), 0);
    m_ui->format->addItem(tr("OpenDocument text (ODT)"), 1);
    m_ui->format->addItem(tr("Word document (DOCX), for Word and WPS"), 2);
    m_ui->format->addItem(tr("Web page (HTML)"), 3);
    m_ui->format->addItem(tr("Plain text (TXT)"), 4);
    m_ui->path->setText(QDir(documentsFolder()).filePath(suggestedBaseName + QStringLiteral(".pdf")));
    if (unresolved.isEmpty()) {
        m_ui->warning->hide();
    } else {
        m_ui->warning->setText(tr("%n placeholder(s) have no value and will print as a blank: %1", nullptr,
                                  static_cast<int>(unresolved.size()))
                                   .arg(unresolved.join(QStringLiteral(", "))));
        m_ui->warning->setStyleSheet(QStringLiteral("color: #a33;"));
    }
    m_fontNote = new QLabel(this);
    m_fontNote->setObjectName(QStringLiteral("fontNote"));
    m_fontNote->setWordWrap(true);
    m_fontNote->hide();
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->buttons), m_fontNote);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);
    connect(m_ui->browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_ui->path, &QLineEdit::textChanged, this, &ReportExportDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

ReportExportDialog::~ReportExportDialog() = default;

ReportExporter::Format ReportExportDialog::format() const
{
    return kChoices[std::clamp(m_ui->format->currentIndex(), 0, kLastChoice)].format;
}

QString ReportExportDialog::path() const
{
    return m_ui->path->text().trimmed();
}

void ReportExportDialog::setFontNote(const QString &note)
{
    m_fontNote->setText(note);
    formatChanged();
}

void ReportExportDialog::formatChanged()
{
    // Only the laid-out formats use the fonts.
    const bool laidOut = format() == ReportExporter::Format::Pdf || format() == ReportExporter::Format::Odt
                         || format() == ReportExporter::Format::Docx;
    m_fontNote->setVisible(laidOut && !m_fontNote->text().isEmpty());
    const QString suffix = QLatin1String(kChoices[std::clamp(m_ui->format->currentIndex(), 0, kLastChoice)].suffix);
    const QFileInfo info(path());
    if (!path().isEmpty())
        m_ui->path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void ReportExportDialog::browse()
{
    const QString suffix = QLatin1String(kChoices[std::clamp(m_ui->format->currentIndex(), 0, kLastChoice)].suffix);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), path(),
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_ui->path->setText(chosen);
}

void ReportExportDialog::accept()
{
    // Said in place, and the dialog stays open for another name.
    if (const QString refusal = OutputFile::refusal(path(), m_databasePath); !refusal.isEmpty()) {
        showProblem(refusal);
        return;
    }
    // A file that cannot be written (a missing folder, no permission, a full disk) is said
    // here too, and the dialog stays open for another place.
    QString error;
    if (m_writer && !m_writer(format(), path(), &error)) {
        if (!error.isEmpty())
            showProblem(error);
        return;
    }
    QDialog::accept();
}

void ReportExportDialog::showProblem(const QString &text)
{
    m_ui->warning->setText(text);
    m_ui->warning->setStyleSheet(QStringLiteral("color: #a33;"));
    m_ui->warning->show();
    m_ui->path->setFocus();
    m_ui->path->selectAll();
}

void ReportExportDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace zhibiao
