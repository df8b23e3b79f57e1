#include "app/reportexportdialog.h"

#include "storage/outputfile.h"
#include "ui_reportexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

namespace zhibiao {

namespace {
struct Choice
{
    ReportExporter::Format format;
    const char *suffix;
};
constexpr Choice kChoices[] = {{ReportExporter::Format::Pdf, "pdf"},
                               {ReportExporter::Format::Odt, "odt"},
                               {ReportExporter::Format::Html, "html"},
                               {ReportExporter::Format::Text, "txt"}};
} // namespace

ReportExportDialog::ReportExportDialog(const QString &suggestedBaseName, const QStringList &unresolved,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->format->addItem(tr("PDF, ready to print (GB/T 9704)"), 0);
    m_ui->format->addItem(tr("OpenDocument text (ODT)"), 1);
    m_ui->format->addItem(tr("Web page (HTML)"), 2);
    m_ui->format->addItem(tr("Plain text (TXT)"), 3);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->path->setText(QDir(folder).filePath(suggestedBaseName + QStringLiteral(".pdf")));
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
    return kChoices[std::clamp(m_ui->format->currentIndex(), 0, 3)].format;
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
    const bool laidOut = format() == ReportExporter::Format::Pdf || format() == ReportExporter::Format::Odt;
    m_fontNote->setVisible(laidOut && !m_fontNote->text().isEmpty());
    const QString suffix = QLatin1String(kChoices[std::clamp(m_ui->format->currentIndex(), 0, 3)].suffix);
    const QFileInfo info(path());
    if (!path().isEmpty())
        m_ui->path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void ReportExportDialog::browse()
{
    const QString suffix = QLatin1String(kChoices[std::clamp(m_ui->format->currentIndex(), 0, 3)].suffix);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), path(),
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_ui->path->setText(chosen);
}

void ReportExportDialog::accept()
{
    // Said in place, and the dialog stays open for another name.
    if (const QString refusal = OutputFile::refusal(path(), m_databasePath); !refusal.isEmpty()) {
        m_ui->warning->setText(refusal);
        m_ui->warning->setStyleSheet(QStringLiteral("color: #a33;"));
        m_ui->warning->show();
        m_ui->path->setFocus();
        m_ui->path->selectAll();
        return;
    }
    QDialog::accept();
}

void ReportExportDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace zhibiao
