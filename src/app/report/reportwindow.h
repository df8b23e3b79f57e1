#pragma once

#include "report/reportcontent.h"
#include "report/reportdata.h"
#include "report/reportexporter.h"
#include "report/reportstyle.h"

#include <QMainWindow>

#include <functional>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace zhibiao {

class Database;
class ReportNarrativeEditor;
class ReportPreview;
class ReportTargetsTable;

// The year-end report: the paged preview of the PDF, the narrative editors of sections 二
// and 三, the next-year target table with its adoption, export, and the phrasing and font
// settings. Works on the main window's open database, which must outlive it.
class ReportWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportWindow)

public:
    using Confirm = std::function<bool(const QString &question)>;
    enum class SaveChoice { Save, Discard, Cancel };
    using AskSave = std::function<SaveChoice(const QString &question)>;

    ReportWindow(const Database &db, const QString &userName, int year, QWidget *parent = nullptr);
    ~ReportWindow() override;

    // Replaces the yes/no questions (tests answer them without a dialog).
    void setConfirm(const Confirm &confirm);
    // Replaces the Save / Discard / Cancel question asked before unsaved narratives would go.
    void setAskSave(const AskSave &askSave) { m_askSave = askSave; }
    void setPeriod(int year, int quarter);
    const Report &report() const { return m_report; }
    ReportPreview *preview() const { return m_preview; }
    ReportNarrativeEditor *narratives() const { return m_narratives; }
    ReportTargetsTable *targets() const { return m_targets; }
    QTabWidget *tabs() const { return m_tabs; }

    // Rebuilds the report from the database (after a narrative or a phrasing changed).
    void rebuild();
    // Writes the report with a progress dialog; false with *error when the file cannot be
    // written.
    bool exportReport(ReportExporter::Format format, const QString &path, QString *error = nullptr);
    void exportWithDialog();
    void editPhrasing();
    void editFonts();
    // Last year's report as a template for the narratives of the year after it.
    void templateFromLastYear();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reload();
    // Before the narratives being edited are replaced or the window closes: saves or drops
    // unsaved changes as the writer chooses; false when the writer cancels (or saving fails).
    bool settleNarratives();

    const Database &m_db;
    QString m_userName;
    ReportData m_data;
    Report m_report;
    ReportStyle m_style;
    Confirm m_confirm;
    AskSave m_askSave;
    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReportPreview *m_preview = nullptr;
    ReportNarrativeEditor *m_narratives = nullptr;
    ReportTargetsTable *m_targets = nullptr;
};

} // namespace zhibiao
