#pragma once

#include "report/reportexporter.h"

#include <QDialog>

#include <functional>
class QLabel;

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
    // "Fonts: body 仿宋_GB2312 not installed, used …", shown for PDF and ODT; empty: none.
    void setFontNote(const QString &note);

    // Writes the file on OK; false with *error (said in the dialog, which stays open),
    // or false with an empty *error when the person declined (the dialog stays open too).
    using Writer = std::function<bool(ReportExporter::Format, const QString &, QString *)>;
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    void accept() override;

private:
    void showProblem(const QString &text);
    void formatChanged();
    void browse();
    void updateOk();

    std::unique_ptr<Ui::ReportExportDialog> m_ui;
    QString m_databasePath;
    Writer m_writer;
    QLabel *m_fontNote = nullptr;
};

} // namespace zhibiao
