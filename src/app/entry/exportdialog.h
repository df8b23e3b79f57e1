#pragma once

#include "core/period.h"

#include <QDialog>

#include <memory>

namespace zhibiao {

class Database;

namespace Ui {
class ExportDialog;
}

// Exports an interchange file (CSV or XLSX), or the entry template: the catalogue for one
// org unit and quarter with empty values, to fill in a spreadsheet and import back.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum What { Figures, Targets, Indicators, OrgUnits, EntryTemplate };

    ExportDialog(const Database &db, Period period, const QString &orgUnitCode, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setWhat(What what);
    void setXlsx(bool xlsx);
    // The file name offered in the save dialog.
    QString suggestedFileName() const;
    // Writes the chosen export; false with *error set when it cannot.
    bool exportTo(const QString &path, QString *error) const;

private:
    void updateFields();
    void chooseFileAndExport();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    const Database &m_db;
};

} // namespace zhibiao
