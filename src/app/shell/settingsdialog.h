#pragma once

#include "core/appsettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace zhibiao {

class Database;

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

    // Writes the settings (and the profile) and closes; stays open when the file refuses.
    void accept() override;

private:
    QWidget *createGeneralPage();
    QWidget *createFontsPage();
    QWidget *createThresholdsPage();
    QWidget *createBackupPage();
    void load();

    AppSettings &m_settings;
    const Database *m_db;
    QString m_userName;
    QLineEdit *m_bureau = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_leadership = nullptr;
    QLineEdit *m_reportDate = nullptr;
    QComboBox *m_language = nullptr;
    QFontComboBox *m_fonts[4] = {};
    QComboBox *m_mode = nullptr;
    QDoubleSpinBox *m_behind = nullptr;
    QDoubleSpinBox *m_serious = nullptr;
    QDoubleSpinBox *m_rateBehind = nullptr;
    QDoubleSpinBox *m_rateSerious = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
};

} // namespace zhibiao
