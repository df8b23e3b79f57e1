#include "app/report/templatereviewdialog.h"

#include "app/common/windowplacement.h"
#include "app/report/templatefigurepanel.h"
#include "report/phrasebookstore.h"
#include "report/placeholderresolver.h"
#include "report/reportloader.h"
#include "storage/figurerepository.h"
#include "storage/narrativerepository.h"
#include "storage/storageerror.h"
#include "ui_templatereviewdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>

namespace zhibiao {

namespace {

// Stands in for a placeholder without a value until the preview marks it.
const QString Marker = QStringLiteral("\u0001\u0002");

} // namespace

TemplateReviewDialog::TemplateReviewDialog(const Database &db, ReportTemplate tmpl, Describe describe, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TemplateReviewDialog>()), m_db(db), m_template(std::move(tmpl))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Template for %1 from the %2 Report").arg(nextYear()).arg(m_template.year));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    saveButton()->setText(tr("&Save as the %1 narratives").arg(nextYear()));
    saveButton()->setAutoDefault(false);

    m_panel = new TemplateFigurePanel({m_ui->figureText, m_ui->figureState, m_ui->bindingCombo, m_ui->decimalsSpin,
                                       m_ui->placeholderEdit},
                                      &m_template, std::move(describe), this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };

    TemplateDocumentView *view = m_ui->documentView;
    connect(view, &TemplateDocumentView::selectionChanged, this, [this](TemplateDocumentView::Spot spot) {
        m_panel->show(spot);
        updatePreview();
    });
    connect(m_panel, &TemplateFigurePanel::changed, this, [this](int p, int) { figureChanged(p); });
    connect(m_ui->nextChooseButton, &QPushButton::clicked, view, &TemplateDocumentView::selectNextToChoose);
    auto *next = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(next, &QShortcut::activated, view, [view] { view->selectNext(true); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this);
    connect(previous, &QShortcut::activated, view, [view] { view->selectNext(false); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (save(&error))
            accept();
        else if (!error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });

    loadNextYear();
    view->setTemplate(&m_template);
    if (!view->selectNextToChoose() && !view->selectNext(true))
        updatePreview();
    updateSummary();
    view->setFocus();
    WindowPlacement::fit(this, QSize(1100, 700));
}

TemplateReviewDialog::~TemplateReviewDialog() = default;

TemplateDocumentView *TemplateReviewDialog::documentView() const
{
    return m_ui->documentView;
}

QComboBox *TemplateReviewDialog::bindingCombo() const
{
    return m_ui->bindingCombo;
}

QSpinBox *TemplateReviewDialog::decimalsBox() const
{
    return m_ui->decimalsSpin;
}

QLineEdit *TemplateReviewDialog::placeholderEdit() const
{
    return m_ui->placeholderEdit;
}

QPushButton *TemplateReviewDialog::nextToChooseButton() const
{
    return m_ui->nextChooseButton;
}

QPushButton *TemplateReviewDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

QString TemplateReviewDialog::summaryText() const
{
    return m_ui->summary->text();
}

QString TemplateReviewDialog::previewText() const
{
    return m_ui->previewText->toPlainText();
}

QString TemplateReviewDialog::previewNote() const
{
    return m_ui->previewLabel->text();
}

void TemplateReviewDialog::loadNextYear()
{
    const int year = nextYear();
    try {
        const FigureRepository figures(m_db);
        m_nextYearHasData = figures.years().contains(year);
        int quarter = 4;
        if (const std::optional<Period> latest = figures.latestPeriod(); latest && latest->year == year)
            quarter = latest->quarter;
        const ReportData data = ReportLoader::load(m_db, Period{year, quarter}, QString());
        const QString periodName = PhrasebookStore::load(m_db).periodName(quarter);
        m_resolver = std::make_unique<PlaceholderResolver>(data.rowsByOrgUnit, data.orgUnitCode, Marker);
        m_resolver->setPeriod(year, periodName);
        m_resolver->setNextYearTargets(data.nextYearTargets);
        m_ui->previewLabel->setText(
            m_nextYearHasData ? tr("The paragraph with the figures of %1 (%2):").arg(year).arg(periodName)
                              : tr("%1 has no figures yet: the paragraph below marks where they will go.").arg(year));
    } catch (const StorageError &e) {
        m_resolver.reset();
        m_ui->previewLabel->setText(tr("The figures of %1 could not be read (%2); the paragraph shows its "
                                       "placeholders.")
                                        .arg(year)
                                        .arg(e.message()));
    }
}

QString TemplateReviewDialog::previewHtml(int p) const
{
    const QString text = m_template.templateText(p);
    if (!m_resolver)
        return text.toHtmlEscaped();
    const PlaceholderResolver::Result result = m_resolver->resolve(text);
    const QStringList pieces = result.text.split(Marker);
    QString html = pieces.first().toHtmlEscaped();
    for (int i = 1; i < pieces.size(); ++i) {
        const QString placeholder = result.unresolved.value(i - 1);
        html += QStringLiteral("<span style=\"background-color:#f7c6c0; color:#8b0000;\">%1</span>")
                    .arg(tr("[no value: %1]").arg(placeholder).toHtmlEscaped());
        html += pieces.at(i).toHtmlEscaped();
    }
    return html;
}

void TemplateReviewDialog::updatePreview()
{
    const TemplateDocumentView::Spot spot = m_ui->documentView->selected();
    if (!spot.isValid()) {
        m_ui->previewText->setHtml(
            QStringLiteral("<i>%1</i>").arg(tr("Select a number to see its paragraph as %1 would print it.")
                                                .arg(nextYear())
                                                .toHtmlEscaped()));
        return;
    }
    if (m_template.paragraphs.at(spot.paragraph).section.isEmpty()) {
        m_ui->previewText->setHtml(QStringLiteral("<i>%1</i>").arg(
            tr("This paragraph is not saved: the report writes it from the data.").toHtmlEscaped()));
        return;
    }
    m_ui->previewText->setHtml(QStringLiteral("<p style=\"line-height:140%\">%1</p>").arg(previewHtml(spot.paragraph)));
}

void TemplateReviewDialog::updateSummary()
{
    const ReportTemplate::Counts counts = m_template.savedCounts();
    m_ui->summary->setText(tr("%1 numbers bound, %2 to choose, %3 left as text")
                               .arg(counts.bound)
                               .arg(counts.choose)
                               .arg(counts.text));
    m_ui->nextChooseButton->setEnabled(counts.choose > 0);
}

void TemplateReviewDialog::figureChanged(int p)
{
    m_ui->documentView->refreshParagraph(p);
    updateSummary();
    updatePreview();
}

bool TemplateReviewDialog::save(QString *error)
{
    if (error)
        error->clear();
    const QList<Narrative> narratives = m_template.narratives();
    if (narratives.isEmpty()) {
        if (error)
            *error = tr("The document has no paragraphs of sections 二 and 三: there is nothing to save.");
        return false;
    }
    try {
        const NarrativeRepository repository(m_db);
        const auto existing = static_cast<int>(repository.narratives(nextYear()).size());
        if (existing > 0
            && !m_confirm(tr("%1 already has %n theme(s) in sections 二 and 三. Replace them with the %2 of this "
                             "template?",
                             nullptr, existing)
                              .arg(nextYear())
                              .arg(tr("%n theme(s)", nullptr, static_cast<int>(narratives.size())))))
            return false;
        repository.replaceYear(nextYear(), narratives);
    } catch (const StorageError &e) {
        if (error)
            *error = tr("The narratives were not saved: %1").arg(e.message());
        return false;
    }
    return true;
}

} // namespace zhibiao
