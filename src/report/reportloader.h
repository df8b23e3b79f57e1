#pragma once

#include "core/thresholds.h"
#include "report/reportdata.h"

namespace zhibiao {

class Database;

// Reads what a report needs from the bureau's database.
namespace ReportLoader {
// orgUnitCode empty: the city. Statuses are judged with thresholds (the Preferences', as
// the window and the dashboard judge). Throws StorageError; returns false in *found when
// the org unit does not exist.
ReportData load(const Database &db, Period period, QString orgUnitCode, bool *found = nullptr,
                const Thresholds &thresholds = {});
} // namespace ReportLoader

} // namespace zhibiao
