#include "app/dashboardsettings.h"

#include <QSettings>

namespace zhibiao::DashboardSettings {

namespace {
const QString kMode = QStringLiteral("thresholds/mode");
const QString kBehind = QStringLiteral("thresholds/behind_from");
const QString kSerious = QStringLiteral("thresholds/seriously_behind_from");
const QString kRateBehind = QStringLiteral("thresholds/rate_behind_from");
const QString kRateSerious = QStringLiteral("thresholds/rate_seriously_behind_from");

double number(const QSettings &settings, const QString &key, double fallback)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && value >= 0.0 ? value : fallback;
}
} // namespace

Thresholds thresholds(const QSettings &settings)
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

Thresholds thresholds()
{
    return thresholds(QSettings());
}

void save(QSettings &settings, const Thresholds &t)
{
    settings.setValue(kMode, t.mode == Thresholds::Mode::ShareOfExpected ? QStringLiteral("share")
                                                                         : QStringLiteral("points"));
    settings.setValue(kBehind, t.behindFrom);
    settings.setValue(kSerious, t.seriouslyBehindFrom);
    settings.setValue(kRateBehind, t.rateBehindFrom);
    settings.setValue(kRateSerious, t.rateSeriouslyBehindFrom);
}

} // namespace zhibiao::DashboardSettings
