#pragma once

#include "core/indicator.h"

#include <QDialog>

#include <memory>

namespace zhibiao {

class Database;

namespace Ui {
class CatalogueDialog;
}

// The administrator's view of the indicator catalogue: every field of an indicator in a
// form, Add, Save and Retire/Unretire. Other roles may read it; the repository refuses
// their changes anyway.
class CatalogueDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueDialog)

public:
    CatalogueDialog(const Database &db, const QString &userName, QWidget *parent = nullptr);
    ~CatalogueDialog() override;

    // The last validation message or refusal shown under the form; empty when none.
    QString message() const;

Q_SIGNALS:
    void catalogueChanged();

private:
    void reload(const QString &selectCode);
    void showSelected();
    void fillForm(const Indicator &indicator);
    void updatePreview();
    Indicator formIndicator() const;
    void startNew();
    void save();
    void toggleRetired();
    void showMessage(const QString &text, bool error);
    void updateButtons();

    std::unique_ptr<Ui::CatalogueDialog> m_ui;
    const Database &m_db;
    QString m_userName;
    bool m_admin = false;
    bool m_new = false;
    QList<Indicator> m_indicators;
};

} // namespace zhibiao
