#include "app/report/reportnarrativeeditor.h"

#include "app/report/placeholdertextedit.h"
#include "report/placeholderresolver.h"
#include "storage/narrativerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace zhibiao {

ReportNarrativeEditor::ReportNarrativeEditor(QWidget *parent) : QWidget(parent)
{
    m_section = new QComboBox;
    m_section->setObjectName(QStringLiteral("narrativeSection"));
    m_section->addItem(tr("二 Practice (主要做法)"), QStringLiteral("practice"));
    m_section->addItem(tr("三 Plan (工作谋划)"), QStringLiteral("plan"));
    m_themes = new QListWidget;
    m_themes->setObjectName(QStringLiteral("narrativeThemes"));
    auto *add = new QPushButton(tr("Add theme…"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *lastYear = new QPushButton(tr("Start from last year's text"));
    lastYear->setObjectName(QStringLiteral("startFromLastYear"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_section);
    leftLayout->addWidget(m_themes, 1);
    auto *themeButtons = new QHBoxLayout;
    themeButtons->addWidget(add);
    themeButtons->addWidget(remove);
    leftLayout->addLayout(themeButtons);
    leftLayout->addWidget(lastYear);

    m_theme = new QLineEdit;
    m_theme->setObjectName(QStringLiteral("narrativeTheme"));
    m_body = new PlaceholderTextEdit;
    m_body->setObjectName(QStringLiteral("narrativeBody"));
    m_indicator = new QComboBox;
    m_indicator->setObjectName(QStringLiteral("placeholderIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(14);
    m_field = new QComboBox;
    m_field->addItem(tr("value"), QStringLiteral("value"));
    m_field->addItem(tr("target"), QStringLiteral("target"));
    m_field->addItem(tr("completion"), QStringLiteral("completion"));
    m_field->addItem(tr("number without unit"), QStringLiteral("number"));
    m_orgUnit = new QComboBox;
    auto *insert = new QPushButton(tr("Insert"));
    insert->setObjectName(QStringLiteral("insertPlaceholder"));
    auto *picker = new QHBoxLayout;
    picker->addWidget(m_indicator, 1);
    picker->addWidget(m_field);
    picker->addWidget(m_orgUnit);
    picker->addWidget(insert);
    m_unresolvedLabel = new QLabel;
    m_unresolved = new QListWidget;
    m_unresolved->setObjectName(QStringLiteral("unresolvedPlaceholders"));
    m_unresolved->setMaximumHeight(80);
    auto *saveButton = new QPushButton(tr("&Save narratives"));
    saveButton->setObjectName(QStringLiteral("saveNarratives"));

    auto *right = new QWidget;
    auto *form = new QFormLayout(right);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Text:"), m_body);
    form->addRow(tr("Placeholder:"), picker);
    form->addRow(m_unresolvedLabel, m_unresolved);
    form->addRow(QString(), saveButton);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_section, &QComboBox::currentIndexChanged, this, [this] {
        storeEditor();
        loadSection();
    });
    connect(m_themes, &QListWidget::currentRowChanged, this, [this](int row) {
        storeEditor();
        showEntry(row);
    });
    connect(m_theme, &QLineEdit::textEdited, this, [this] {
        storeEditor();
        updateUnresolved();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        storeEditor();
        updateUnresolved();
    });
    connect(insert, &QPushButton::clicked, this, [this] {
        insertPlaceholder(m_indicator->currentData().toString(), m_field->currentData().toString(),
                          m_orgUnit->currentData().toString());
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const QString theme = QInputDialog::getText(this, tr("New theme"), tr("Theme of the new subsection:"));
        if (!theme.trimmed().isEmpty())
            addTheme(theme.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, &ReportNarrativeEditor::removeTheme);
    connect(lastYear, &QPushButton::clicked, this, &ReportNarrativeEditor::startFromLastYear);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!save(&error))
            QMessageBox::warning(this, tr("Narratives not saved"), error);
    });
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Narratives"), question) == QMessageBox::Yes;
    };
}

ReportNarrativeEditor::~ReportNarrativeEditor() = default;

void ReportNarrativeEditor::setContext(const Database *db, const ReportData &data)
{
    m_db = db;
    m_data = data;
    fillPickers();
    loadSection();
}

QString ReportNarrativeEditor::section() const
{
    return m_section->currentData().toString();
}

void ReportNarrativeEditor::setSection(const QString &section)
{
    m_section->setCurrentIndex(m_section->findData(section));
}

int ReportNarrativeEditor::themeCount() const
{
    return static_cast<int>(m_entries.size());
}

void ReportNarrativeEditor::selectTheme(int row)
{
    m_themes->setCurrentRow(row);
}

void ReportNarrativeEditor::fillPickers()
{
    m_indicator->clear();
    QHash<QString, QString> indicatorNames;
    for (const StatusRow &row : std::as_const(m_data.rows)) {
        m_indicator->addItem(QStringLiteral("%1 %2").arg(row.indicator.code, row.indicator.name), row.indicator.code);
        indicatorNames.insert(row.indicator.code, row.indicator.name);
    }
    m_orgUnit->clear();
    m_orgUnit->addItem(tr("own org unit"), QString());
    QHash<QString, QString> orgUnitNames;
    if (m_db) {
        const OrgTree tree = OrgUnitRepository(*m_db).tree();
        for (const OrgUnit &unit : tree.units()) {
            orgUnitNames.insert(unit.code, unit.name);
            if (unit.code != m_data.orgUnitCode)
                m_orgUnit->addItem(unit.name, unit.code);
        }
    }
    m_body->setLabels(PlaceholderLabel(indicatorNames, orgUnitNames));
}

void ReportNarrativeEditor::loadSection()
{
    m_entries.clear();
    m_removed.clear();
    m_current = -1;
    if (m_db) {
        for (const Narrative &narrative : NarrativeRepository(*m_db).narratives(m_data.period.year, section()))
            m_entries << Entry{narrative, narrative.theme};
    }
    m_modified = false;
    const QSignalBlocker blocker(m_themes);
    m_themes->clear();
    for (const Entry &entry : std::as_const(m_entries))
        m_themes->addItem(entry.narrative.theme);
    m_themes->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    showEntry(m_themes->currentRow());
}

void ReportNarrativeEditor::showEntry(int row)
{
    m_current = row >= 0 && row < m_entries.size() ? row : -1;
    m_showing = true;
    const bool valid = m_current >= 0;
    m_theme->setText(valid ? m_entries.at(m_current).narrative.theme : QString());
    m_body->setPlainText(valid ? m_entries.at(m_current).narrative.body : QString());
    m_theme->setEnabled(valid);
    m_body->setEnabled(valid);
    m_showing = false;
    updateUnresolved();
}

void ReportNarrativeEditor::storeEditor()
{
    if (m_showing || m_current < 0 || m_current >= m_entries.size())
        return;
    Narrative &narrative = m_entries[m_current].narrative;
    const QString theme = m_theme->text();
    const QString body = m_body->toPlainText();
    if (narrative.theme == theme && narrative.body == body)
        return;
    narrative.theme = theme;
    narrative.body = body;
    if (QListWidgetItem *item = m_themes->item(m_current))
        item->setText(theme);
    m_modified = true;
}

QStringList ReportNarrativeEditor::unresolved() const
{
    if (m_current < 0)
        return {};
    const PlaceholderResolver resolver(m_data.rowsByOrgUnit, m_data.orgUnitCode, QString());
    const Narrative &narrative = m_entries.at(m_current).narrative;
    QStringList result = resolver.resolve(narrative.theme).unresolved + resolver.resolve(narrative.body).unresolved;
    result.removeDuplicates();
    return result;
}

void ReportNarrativeEditor::updateUnresolved()
{
    const QStringList missing = unresolved();
    m_unresolved->clear();
    m_unresolved->addItems(missing);
    m_unresolvedLabel->setText(missing.isEmpty() ? tr("All placeholders have values.")
                                                 : tr("No value (%n):", nullptr, static_cast<int>(missing.size())));
}

QString ReportNarrativeEditor::placeholder(const QString &code, const QString &field, const QString &orgUnitCode)
{
    if (orgUnitCode.isEmpty())
        return QStringLiteral("{{%1.%2}}").arg(code, field);
    return QStringLiteral("{{%1.%2@%3}}").arg(code, field, orgUnitCode);
}

void ReportNarrativeEditor::insertPlaceholder(const QString &code, const QString &field, const QString &orgUnitCode)
{
    if (m_current < 0 || code.isEmpty())
        return;
    m_body->insertPlainText(placeholder(code, field, orgUnitCode));
    m_body->setFocus();
}

void ReportNarrativeEditor::addTheme(const QString &theme)
{
    storeEditor();
    m_entries << Entry{Narrative{m_data.period.year, section(), theme, static_cast<int>(m_entries.size()) + 1, {}}, {}};
    m_themes->addItem(theme);
    m_modified = true;
    m_themes->setCurrentRow(static_cast<int>(m_entries.size()) - 1);
}

void ReportNarrativeEditor::removeTheme()
{
    if (m_current < 0)
        return;
    const Entry removed = m_entries.takeAt(m_current);
    if (!removed.storedTheme.isEmpty())
        m_removed << removed.storedTheme;
    m_modified = true;
    m_current = -1;
    delete m_themes->takeItem(m_themes->currentRow());
    showEntry(m_themes->currentRow());
}

bool ReportNarrativeEditor::startFromLastYear()
{
    if (!m_db)
        return false;
    const QList<Narrative> previous = NarrativeRepository(*m_db).narratives(m_data.period.year - 1, section());
    if (previous.isEmpty()) {
        m_unresolvedLabel->setText(tr("%1 has no narratives in this section.").arg(m_data.period.year - 1));
        return false;
    }
    if (!m_entries.isEmpty()
        && !m_confirm(tr("Replace the %n theme(s) of this section with last year's text? "
                         "Nothing is written until you save.", nullptr, static_cast<int>(m_entries.size()))))
        return false;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.storedTheme.isEmpty())
            m_removed << entry.storedTheme;
    }
    m_entries.clear();
    m_current = -1;
    const QSignalBlocker blocker(m_themes);
    m_themes->clear();
    for (Narrative narrative : previous) {
        narrative.year = m_data.period.year;
        m_entries << Entry{narrative, {}};
        m_themes->addItem(narrative.theme);
    }
    m_modified = true;
    m_themes->setCurrentRow(0);
    showEntry(0);
    return true;
}

bool ReportNarrativeEditor::save(QString *error)
{
    storeEditor();
    if (!m_db)
        return false;
    const NarrativeRepository repository(*m_db);
    try {
        QStringList kept;
        for (const Entry &entry : std::as_const(m_entries)) {
            const QString theme = entry.narrative.theme.trimmed();
            // The theme is the narrative's key: an empty or repeated one would lose text.
            if (theme.isEmpty() || kept.contains(theme)) {
                if (error)
                    *error = theme.isEmpty() ? tr("Every theme needs a title.")
                                             : tr("The theme \"%1\" appears twice; rename one.").arg(theme);
                return false;
            }
            kept << theme;
        }
        // A theme renamed or removed leaves its old row; one added twice would overwrite.
        for (const Entry &entry : std::as_const(m_entries)) {
            if (!entry.storedTheme.isEmpty() && !kept.contains(entry.storedTheme))
                m_removed << entry.storedTheme;
        }
        m_removed.removeDuplicates();
        for (const QString &theme : std::as_const(m_removed)) {
            if (!kept.contains(theme))
                repository.remove(m_data.period.year, section(), theme);
        }
        for (int i = 0; i < m_entries.size(); ++i) {
            Narrative &narrative = m_entries[i].narrative;
            narrative.year = m_data.period.year;
            narrative.section = section();
            narrative.theme = narrative.theme.trimmed();
            narrative.sortOrder = i + 1;
            repository.save(narrative);
            m_entries[i].storedTheme = narrative.theme;
        }
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    m_removed.clear();
    m_modified = false;
    Q_EMIT saved();
    return true;
}

} // namespace zhibiao
