#pragma once

#include "report/reportcontent.h"

namespace zhibiao {

// The report as plain text (UTF-8) and as a standalone HTML page: the same words as the
// PDF, ODT and DOCX, for mail, the clipboard and the web.
namespace TextRenderer {
QString plainText(const Report &report);
QString html(const Report &report);
} // namespace TextRenderer

} // namespace zhibiao
