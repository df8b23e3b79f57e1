#pragma once

#include "core/appsettings.h"

#include <QDialog>

#include <array>
#include <memory>

class QFontComboBox;

namespace zhibiao {

class Database;

namespace Ui {
class SettingsDialog;
}

// Edit > Preferences: the bureau's names (kept in the open file), the language, the
// report fonts per role, the warning thresholds and the backups (kept in AppSettings).
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // db may be null: the bureau's names are then not offered.
    // userName: who saves the bureau's names (an administrator may).
    SettingsDialog(AppSettings &settings, const Database *db, QString userName = {}, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes the settings (and the profile) and closes; stays open when the file refuses.
    void accept() override;

private:
    void load();

    std::unique_ptr<Ui::SettingsDialog> m_ui; // the static layout: ui/settingsdialog.ui
    AppSettings &m_settings;
    const Database *m_db;
    QString m_userName;
    std::array<QFontComboBox *, 4> m_fonts = {}; // in the order of kRoles
};

} // namespace zhibiao
