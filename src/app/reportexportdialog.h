#pragma once

#include "report/reportexporter.h"

#include <QDialog>

#include <memory>

namespace zhibiao {

namespace Ui {
class ReportExportDialog;
}

// Where and in which format to write the report; warns when placeholders have no value.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)

public:
    ReportExportDialog(const QString &suggestedBaseName, const QStringList &unresolved, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    ReportExporter::Format format() const;
    QString path() const;
    // The open bureau's file: OK refuses to write the report over it, and stays open.
    void setDatabasePath(const QString &path) { m_databasePath = path; }

    void accept() override;

private:
    void formatChanged();
    void browse();
    void updateOk();

    std::unique_ptr<Ui::ReportExportDialog> m_ui;
    QString m_databasePath;
};

} // namespace zhibiao
