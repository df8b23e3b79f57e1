#include "app/report/reportwindow.h"

#include "app/common/windowplacement.h"
#include "app/report/reportexportdialog.h"
#include "app/report/reportfontsdialog.h"
#include "app/report/reportnarrativeeditor.h"
#include "app/report/reportphrasesdialog.h"
#include "app/report/reportpreview.h"
#include "app/report/reportstylesettings.h"
#include "app/report/reporttargetstable.h"
#include "app/report/templatefromreportaction.h"
#include "core/appsettings.h"
#include "report/phrasebookstore.h"
#include "report/reportbuilder.h"
#include "report/reportloader.h"
#include "storage/database.h"
#include "storage/outputfile.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace zhibiao {

ReportWindow::ReportWindow(const Database &db, const QString &userName, int year, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_userName(userName), m_style(ReportStyleSettings::load())
{
    setObjectName(QStringLiteral("reportWindow"));
    setWindowFlag(Qt::Window);
    // The main window owns the database: while this window is open it must not close it.
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Year-End Report"));

    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_quarter = new QComboBox;
    m_quarter->addItem(tr("Q1 (一季度)"), 1);
    m_quarter->addItem(tr("First half (上半年)"), 2);
    m_quarter->addItem(tr("Q1–Q3 (前三季度)"), 3);
    m_quarter->addItem(tr("Whole year (全年)"), 4);
    m_quarter->setCurrentIndex(3);

    QToolBar *bar = addToolBar(tr("Report"));
    bar->setObjectName(QStringLiteral("reportToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Year: ")));
    bar->addWidget(m_year);
    bar->addWidget(new QLabel(tr("  Covering: ")));
    bar->addWidget(m_quarter);
    bar->addSeparator();
    QAction *exportAction = bar->addAction(tr("&Export…"), this, &ReportWindow::exportWithDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    bar->addAction(tr("&Phrasing…"), this, &ReportWindow::editPhrasing);
    bar->addAction(tr("&Fonts…"), this, &ReportWindow::editFonts);
    bar->addAction(tr("From &Last Year's Report…"), this, &ReportWindow::templateFromLastYear);
    QAction *closeAction = bar->addAction(tr("Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);

    m_preview = new ReportPreview;
    m_narratives = new ReportNarrativeEditor;
    m_targets = new ReportTargetsTable;
    // The preview stays in sight while the writer edits, so that a saved narrative shows at
    // once on its page.
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_narratives, tr("Narratives (二, 三)"));
    m_tabs->addTab(m_targets, tr("Next-Year Targets"));
    auto *splitter = new QSplitter;
    splitter->addWidget(m_preview);
    splitter->addWidget(m_tabs);
    setCentralWidget(splitter);
    WindowPlacement::fit(this, QSize(1400, 900));
    splitter->setSizes({700, 700});

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    m_narratives->setConfirm(m_confirm);
    m_targets->setConfirm(m_confirm);
    m_askSave = [this](const QString &question) {
        switch (QMessageBox::question(this, windowTitle(), question,
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Save)) {
        case QMessageBox::Save:
            return SaveChoice::Save;
        case QMessageBox::Discard:
            return SaveChoice::Discard;
        default:
            return SaveChoice::Cancel;
        }
    };

    connect(m_year, &QSpinBox::valueChanged, this, &ReportWindow::reload);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportWindow::reload);
    connect(m_narratives, &ReportNarrativeEditor::saved, this, [this] {
        rebuild();
        statusBar()->showMessage(tr("Narratives saved."), 5000);
    });
    connect(m_targets, &ReportTargetsTable::adopted, this, [this] { statusBar()->showMessage(m_targets->statusText()); });
    reload();
}

ReportWindow::~ReportWindow() = default;

void ReportWindow::setConfirm(const Confirm &confirm)
{
    m_confirm = confirm;
    m_narratives->setConfirm(confirm);
    m_targets->setConfirm(confirm);
}

void ReportWindow::setPeriod(int year, int quarter)
{
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker quarterBlocker(m_quarter);
    m_year->setValue(year);
    m_quarter->setCurrentIndex(m_quarter->findData(quarter));
    reload();
}

void ReportWindow::closeEvent(QCloseEvent *event)
{
    if (!settleNarratives()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool ReportWindow::settleNarratives()
{
    if (!m_narratives->isModified())
        return true;
    switch (m_askSave(tr("The narratives have unsaved changes. Save them?"))) {
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        return false;
    case SaveChoice::Save:
        break;
    }
    QString error;
    if (m_narratives->save(&error))
        return true;
    QMessageBox::warning(this, windowTitle(), tr("The narratives were not saved: %1").arg(error));
    return false;
}

void ReportWindow::reload()
{
    const Period period{m_year->value(), m_quarter->currentData().toInt()};
    // Another year or coverage loads other narratives: the edited ones are settled first,
    // and a cancel puts the choosers back.
    if (m_data.period.isValid() && !settleNarratives()) {
        const QSignalBlocker yearBlocker(m_year);
        const QSignalBlocker quarterBlocker(m_quarter);
        m_year->setValue(m_data.period.year);
        m_quarter->setCurrentIndex(m_quarter->findData(m_data.period.quarter));
        return;
    }
    try {
        m_data = ReportLoader::load(m_db, period, {}, nullptr, AppSettings().thresholds());
    } catch (const StorageError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    m_narratives->setContext(&m_db, m_data);
    m_targets->setContext(&m_db, period.year, m_userName);
    rebuild();
}

void ReportWindow::rebuild()
{
    try {
        const Period period = m_data.period;
        m_data = ReportLoader::load(m_db, period, {}, nullptr, AppSettings().thresholds());
        const Phrasebook book = PhrasebookStore::load(m_db);
        m_report = ReportBuilder(book).build(m_data);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    m_preview->setReport(m_report, m_style);
    statusBar()->showMessage(m_report.unresolved.isEmpty()
                                 ? tr("%n page(s).", nullptr, m_preview->pageCount())
                                 : tr("%n page(s); placeholders without a value: %1", nullptr, m_preview->pageCount())
                                       .arg(m_report.unresolved.join(QStringLiteral(", "))));
}

bool ReportWindow::exportReport(ReportExporter::Format format, const QString &path, QString *error)
{
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 2, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr); // one file is written at once or not at all
    progress.setValue(0);
    progress.setLabelText(tr("Laying out the pages…"));
    QApplication::processEvents();
    QString reason;
    const QByteArray bytes = ReportExporter::render(m_report, format, m_style, &reason);
    progress.setValue(1);
    progress.setLabelText(tr("Writing %1…").arg(path));
    QApplication::processEvents();
    // Written whole or not at all, and never over the bureau's own file.
    const bool ok = !bytes.isEmpty() && OutputFile::save(path, bytes, m_db.path(), &reason);
    progress.setValue(2);
    if (!ok && error)
        *error = tr("The report could not be written to %1: %2").arg(path, reason);
    return ok;
}

void ReportWindow::exportWithDialog()
{
    if (m_narratives->isModified()
        && m_confirm(tr("The narratives have unsaved changes. Save them before exporting?")))
        m_narratives->save();
    const QString baseName = QStringLiteral("%1年工作总结").arg(m_data.period.year);
    ReportExportDialog dialog(baseName, m_report.unresolved, this);
    dialog.setDatabasePath(m_db.path());
    dialog.setWriter([this](ReportExporter::Format format, const QString &path, QString *error) {
        if (!m_report.unresolved.isEmpty()
            && !m_confirm(tr("%n placeholder(s) have no value and will print as a blank: %1. Export anyway?", nullptr,
                             static_cast<int>(m_report.unresolved.size()))
                              .arg(m_report.unresolved.join(QStringLiteral(", ")))))
            return false;
        return exportReport(format, path, error);
    });
    dialog.setFontNote(ReportStyleSettings::resolved().summary());
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Report written to %1.").arg(dialog.path()), 8000);
}

void ReportWindow::editPhrasing()
{
    ReportPhrasesDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        rebuild();
}

void ReportWindow::templateFromLastYear()
{
    // The template may replace the narratives being edited: those are settled first.
    if (settleNarratives() && TemplateFromReportAction::run(this, m_db, m_year->value()))
        reload();
}

void ReportWindow::editFonts()
{
    ReportFontsDialog dialog(m_style, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.resetRequested())
        ReportStyleSettings::reset();
    m_style = dialog.style();
    ReportStyleSettings::save(m_style);
    m_preview->setReport(m_report, m_style);
}

} // namespace zhibiao
