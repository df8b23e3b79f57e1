#pragma once

#include "report/reportstyle.h"

namespace zhibiao {

// The report's font per role as the user chose them (QSettings), over the defaults.
namespace ReportStyleSettings {
ReportStyle load();
// The same, with the roles whose face was not installed.
ResolvedStyle resolved();
void save(const ReportStyle &style);
void reset();
} // namespace ReportStyleSettings

} // namespace zhibiao
