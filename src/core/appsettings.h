#pragma once

#include "core/thresholds.h"

#include <QString>

#include <memory>

class QSettings;

namespace zhibiao {

// The user's preferences kept with QSettings: interface language, report fonts per role,
// warning thresholds and backups. The keys are the ones the report window
// (ReportStyleSettings) and the dashboard (DashboardSettings) already read, so a change
// made here reaches them.
class AppSettings
{
public:
    enum class Language { System, SimplifiedChinese, English };
    enum class FontRole { Title, Body, Heading, Subheading };

    static constexpr int kDefaultBackupKeep = 10;

    // The application's settings (organisation and application name of QCoreApplication).
    AppSettings();
    // The settings in an INI file, for tests and tools.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    Language language() const;
    void setLanguage(Language language);
    // The locale name the language stands for ("zh_CN", "en"); empty for System.
    static QString localeName(Language language);

    // Empty: the role's default face (ReportStyle::defaults()).
    QString reportFont(FontRole role) const;
    void setReportFont(FontRole role, const QString &family);

    Thresholds thresholds() const;
    void setThresholds(const Thresholds &thresholds);
    // The same keys on any QSettings: the one place that reads and writes them.
    static Thresholds thresholds(const QSettings &settings);
    static void setThresholds(QSettings &settings, const Thresholds &thresholds);

    // Empty: the backup code's default folder beside the bureau file.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    int backupKeep() const;
    void setBackupKeep(int keep);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace zhibiao
