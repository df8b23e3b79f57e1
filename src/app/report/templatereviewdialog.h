#pragma once

#include "app/report/templatedocumentview.h"
#include "report/reporttemplate.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace zhibiao {

class Database;
class PlaceholderResolver;
class TemplateFigurePanel;

namespace Ui {
class TemplateReviewDialog;
}

// Reviews last year's report turned into a template before it becomes next year's sections
// 二 and 三: the document with its numbers marked by state, what the selected number stands
// for (and a choice among the stored figures it equals), its paragraph as the next year's
// data would print it, and "Save as the <year + 1> narratives", which replaces that year's.
class TemplateReviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateReviewDialog)

public:
    using Describe = std::function<QString(const FigureBinding &)>;
    using Confirm = std::function<bool(const QString &question)>;

    // describe: the words for a binding (TemplateBinder::describe). The database must
    // outlive the dialog.
    TemplateReviewDialog(const Database &db, ReportTemplate tmpl, Describe describe, QWidget *parent = nullptr);
    ~TemplateReviewDialog() override;

    // Replaces the yes/no question before the next year's narratives are replaced.
    void setConfirm(const Confirm &confirm) { m_confirm = confirm; }

    const ReportTemplate &reportTemplate() const { return m_template; }
    int nextYear() const { return m_template.year + 1; }
    // Whether the next year has figures; the preview then shows its latest quarter.
    bool nextYearHasData() const { return m_nextYearHasData; }

    TemplateDocumentView *documentView() const;
    QComboBox *bindingCombo() const;
    QSpinBox *decimalsBox() const;
    QLineEdit *placeholderEdit() const;
    QPushButton *nextToChooseButton() const;
    QPushButton *saveButton() const;
    QString summaryText() const;
    QString previewText() const; // the preview as plain text
    QString previewNote() const;

    // The selected paragraph with the next year's data, as HTML (unresolved placeholders
    // marked).
    QString previewHtml(int p) const;
    // Replaces the next year's narratives with the template's, asking first when there are
    // any; false when the question is declined (*error empty) or saving fails (*error says why).
    bool save(QString *error = nullptr);

private:
    void loadNextYear();
    void updateSummary();
    void updatePreview();
    void figureChanged(int p);

    std::unique_ptr<Ui::TemplateReviewDialog> m_ui;
    const Database &m_db;
    ReportTemplate m_template;
    TemplateFigurePanel *m_panel = nullptr;
    std::unique_ptr<PlaceholderResolver> m_resolver;
    bool m_nextYearHasData = false;
    Confirm m_confirm;
};

} // namespace zhibiao
