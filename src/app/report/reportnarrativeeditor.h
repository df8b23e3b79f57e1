#pragma once

#include "report/reportdata.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace zhibiao {

class PlaceholderTextEdit;

class Database;

// The staff's narratives of sections 二 (practice) and 三 (plan) for one year: a list of
// themes per section, the body with placeholders bound to the data, the placeholders that
// have no value listed as one types, and "start from last year's text".
class ReportNarrativeEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportNarrativeEditor)

public:
    using Confirm = std::function<bool(const QString &question)>;

    explicit ReportNarrativeEditor(QWidget *parent = nullptr);
    ~ReportNarrativeEditor() override;

    void setContext(const Database *db, const ReportData &data);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QString section() const; // "practice" or "plan"
    void setSection(const QString &section);
    int themeCount() const;
    void selectTheme(int row);
    PlaceholderTextEdit *bodyEditor() const { return m_body; }
    QStringList unresolved() const; // of the theme being edited
    bool isModified() const { return m_modified; }

    // The placeholder for a field of an indicator, of another org unit when given.
    static QString placeholder(const QString &code, const QString &field, const QString &orgUnitCode = {});
    void insertPlaceholder(const QString &code, const QString &field, const QString &orgUnitCode = {});
    void addTheme(const QString &theme);
    void removeTheme();
    // Replaces this section's themes with last year's (asks first when there are any).
    bool startFromLastYear();
    // Writes the section's narratives through NarrativeRepository; false (with a message)
    // when the database refuses.
    bool save(QString *error = nullptr);

Q_SIGNALS:
    void saved();

private:
    struct Entry
    {
        Narrative narrative;
        QString storedTheme; // the theme under which it is in the database; empty if new
    };

    void loadSection();
    void showEntry(int row);
    void storeEditor();
    void updateUnresolved();
    void fillPickers();

    const Database *m_db = nullptr;
    ReportData m_data;
    QList<Entry> m_entries;
    QStringList m_removed;
    int m_current = -1;
    bool m_showing = false;
    bool m_modified = false;
    Confirm m_confirm;

    QComboBox *m_section = nullptr;
    QListWidget *m_themes = nullptr;
    QLineEdit *m_theme = nullptr;
    PlaceholderTextEdit *m_body = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_orgUnit = nullptr;
    QListWidget *m_unresolved = nullptr;
    QLabel *m_unresolvedLabel = nullptr;
};

} // namespace zhibiao
