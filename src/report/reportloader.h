#pragma once

#include "report/reportdata.h"

namespace zhibiao {

class Database;

// Reads what a report needs from the bureau's database.
namespace ReportLoader {
// orgUnitCode empty: the city. Throws StorageError; returns false in *found when the org
// unit does not exist.
ReportData load(const Database &db, Period period, QString orgUnitCode, bool *found = nullptr);
} // namespace ReportLoader

} // namespace zhibiao
