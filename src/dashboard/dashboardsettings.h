#pragma once

#include "core/thresholds.h"

class QSettings;

namespace zhibiao {

// Where the traffic-light thresholds are kept: the user's settings, group "thresholds"
// (mode = points | share, behind_from, seriously_behind_from, rate_behind_from,
// rate_seriously_behind_from), each missing value taking Thresholds' default.
namespace DashboardSettings {
Thresholds thresholds(const QSettings &settings);
Thresholds thresholds(); // from the application's settings
void save(QSettings &settings, const Thresholds &thresholds);
} // namespace DashboardSettings

} // namespace zhibiao
