#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QByteArray>

namespace zhibiao {

// The report as a print-ready PDF after GB/T 9704-2012: A4, text block 156 × 225 mm at
// 37 mm from the top and 28 mm from the left, 22 lines of 28 characters, page numbers
// "— N —" under the text block (odd pages right, even pages left). Each page is painted
// by hand with only the lines that belong to it, and the fonts' ToUnicode maps are
// repaired so that the text extracts exactly as written.
namespace PdfRenderer {
inline constexpr double kPageWidthMm = 210.0;
inline constexpr double kPageHeightMm = 297.0;
inline constexpr double kTopMm = 37.0;
inline constexpr double kLeftMm = 28.0;
inline constexpr double kBlockWidthMm = 156.0;
inline constexpr double kBlockHeightMm = 225.0;
inline constexpr double kPageNumberGapMm = 7.0; // from the text block to the page number

// Needs a QGuiApplication. Returns an empty array and sets *error on failure.
QByteArray render(const Report &report, const ReportStyle &style, QString *error = nullptr);
} // namespace PdfRenderer

} // namespace zhibiao
