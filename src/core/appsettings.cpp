#include "core/appsettings.h"

#include <QSettings>

namespace zhibiao {

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kBackupFolder = QStringLiteral("backup/folder");
const QString kBackupKeep = QStringLiteral("backup/keep");
const QString kMode = QStringLiteral("thresholds/mode");
const QString kBehind = QStringLiteral("thresholds/behind_from");
const QString kSerious = QStringLiteral("thresholds/seriously_behind_from");
const QString kRateBehind = QStringLiteral("thresholds/rate_behind_from");
const QString kRateSerious = QStringLiteral("thresholds/rate_seriously_behind_from");

QString fontKey(AppSettings::FontRole role)
{
    switch (role) {
    case AppSettings::FontRole::Title:
        return QStringLiteral("report/fonts/title/family");
    case AppSettings::FontRole::Body:
        return QStringLiteral("report/fonts/body/family");
    case AppSettings::FontRole::Heading:
        return QStringLiteral("report/fonts/heading/family");
    case AppSettings::FontRole::Subheading:
        return QStringLiteral("report/fonts/subheading/family");
    }
    return {};
}

double number(const QSettings &settings, const QString &key, double fallback)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && value >= 0.0 ? value : fallback;
}
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

AppSettings::Language AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    if (value == localeName(Language::SimplifiedChinese))
        return Language::SimplifiedChinese;
    if (value == localeName(Language::English))
        return Language::English;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    if (language == Language::System)
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, localeName(language));
}

QString AppSettings::localeName(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    return {};
}

QString AppSettings::reportFont(FontRole role) const
{
    return m_settings->value(fontKey(role)).toString();
}

void AppSettings::setReportFont(FontRole role, const QString &family)
{
    if (family.trimmed().isEmpty())
        m_settings->remove(fontKey(role));
    else
        m_settings->setValue(fontKey(role), family.trimmed());
}

Thresholds AppSettings::thresholds(const QSettings &settings)
{
    Thresholds t;
    if (settings.value(kMode).toString() == QLatin1String("share"))
        t.mode = Thresholds::Mode::ShareOfExpected;
    t.behindFrom = number(settings, kBehind, t.behindFrom);
    t.seriouslyBehindFrom = number(settings, kSerious, t.seriouslyBehindFrom);
    t.rateBehindFrom = number(settings, kRateBehind, t.rateBehindFrom);
    t.rateSeriouslyBehindFrom = number(settings, kRateSerious, t.rateSeriouslyBehindFrom);
    return t;
}

void AppSettings::setThresholds(QSettings &settings, const Thresholds &t)
{
    settings.setValue(kMode, t.mode == Thresholds::Mode::ShareOfExpected ? QStringLiteral("share")
                                                                         : QStringLiteral("points"));
    settings.setValue(kBehind, t.behindFrom);
    settings.setValue(kSerious, t.seriouslyBehindFrom);
    settings.setValue(kRateBehind, t.rateBehindFrom);
    settings.setValue(kRateSerious, t.rateSeriouslyBehindFrom);
}

Thresholds AppSettings::thresholds() const
{
    return thresholds(*m_settings);
}

void AppSettings::setThresholds(const Thresholds &t)
{
    setThresholds(*m_settings, t);
}

QString AppSettings::backupFolder() const
{
    return m_settings->value(kBackupFolder).toString();
}

void AppSettings::setBackupFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        m_settings->remove(kBackupFolder);
    else
        m_settings->setValue(kBackupFolder, folder.trimmed());
}

int AppSettings::backupKeep() const
{
    bool ok = false;
    const int keep = m_settings->value(kBackupKeep).toInt(&ok);
    return ok && keep > 0 ? keep : kDefaultBackupKeep;
}

void AppSettings::setBackupKeep(int keep)
{
    m_settings->setValue(kBackupKeep, qMax(1, keep));
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace zhibiao
