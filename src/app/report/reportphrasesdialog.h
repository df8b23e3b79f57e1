#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QTableWidget;

namespace zhibiao {

class Database;

namespace Ui {
class ReportPhrasesDialog;
}

// The report's phrasing rules, one template a row: the shipped default and the bureau's own
// wording, saved in the bureau's database; "Reset to defaults" removes every override.
class ReportPhrasesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPhrasesDialog)

public:
    enum Column { KeyColumn, DefaultColumn, WordingColumn, ColumnCount };

    explicit ReportPhrasesDialog(const Database &db, QWidget *parent = nullptr);
    ~ReportPhrasesDialog() override;

    QTableWidget *table() const;
    // The rows whose wording differs from the default, as a JSON object laid over the defaults.
    QJsonObject overrides() const;
    bool save(QString *error = nullptr);
    void resetToDefaults();

private:
    void fill(const QJsonObject &defaults, const QJsonObject &effective);

    std::unique_ptr<Ui::ReportPhrasesDialog> m_ui;
    const Database &m_db;
};

} // namespace zhibiao
