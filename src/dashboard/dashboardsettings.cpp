#include "dashboard/dashboardsettings.h"

#include "core/appsettings.h"

#include <QSettings>

namespace zhibiao::DashboardSettings {

// The keys live in AppSettings, which the Preferences dialog writes.
Thresholds thresholds(const QSettings &settings)
{
    return AppSettings::thresholds(settings);
}

Thresholds thresholds()
{
    return thresholds(QSettings());
}

void save(QSettings &settings, const Thresholds &thresholds)
{
    AppSettings::setThresholds(settings, thresholds);
}

} // namespace zhibiao::DashboardSettings
