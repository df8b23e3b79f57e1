#pragma once

#include "io/importpreview.h"
#include "io/recordtable.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace zhibiao {

class Database;

namespace Ui {
class ImportDialog;
}

// Imports a CSV or XLSX interchange file: shows first what each row would do (new,
// changed, unchanged or refused with its reason), then commits all rows or none.
class ImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const Database &db, QString userName, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and shows its preview.
    void setFile(const QString &path);
    // nullopt: the kind is told by the file's header row.
    void setKind(std::optional<InterchangeKind> kind);
    const std::optional<ImportPreview> &preview() const { return m_preview; }
    QPushButton *importButton() const { return m_importButton; }
    QString adviceText() const;

Q_SIGNALS:
    void imported(); // the database changed

private:
    void chooseFile();
    void refresh();
    void commit();
    void showPreview();
    void clearPreview(const QString &advice);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    const Database &m_db;
    QString m_userName;
    QString m_path;
    RecordTable m_table;
    std::optional<ImportPreview> m_preview;
    QPushButton *m_importButton = nullptr;
};

} // namespace zhibiao
