#pragma once

#include "report/reportstyle.h"

namespace zhibiao {

// The report's font per role as the user chose them (QSettings), over the defaults.
namespace ReportStyleSettings {
ReportStyle load();
void save(const ReportStyle &style);
void reset();
} // namespace ReportStyleSettings

} // namespace zhibiao
