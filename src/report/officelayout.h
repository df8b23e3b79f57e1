#pragma once

#include "report/documentbuilder.h"
#include "report/pdfrenderer.h"

namespace zhibiao {

// The PDF's GB/T 9704 page in the units of the editable formats, so that the ODT and DOCX
// open with the same text block, line pitch and page-number place as the printed report.
namespace OfficeLayout {
inline constexpr double kRightMm = PdfRenderer::kPageWidthMm - PdfRenderer::kLeftMm - PdfRenderer::kBlockWidthMm;
inline constexpr double kBottomMm = PdfRenderer::kPageHeightMm - PdfRenderer::kTopMm - PdfRenderer::kBlockHeightMm;
inline constexpr double kLinePitchPt = DocumentBuilder::kLinePitchPt; // 22 lines in 225 mm
inline constexpr double kPageNumberPointSize = 14.0;                  // 四号
// The page number's line, centred on the PDF's baseline 7 mm under the text block.
inline constexpr double kFooterHeightMm = 7.0;
inline constexpr double kFooterGapMm = PdfRenderer::kPageNumberGapMm - kFooterHeightMm / 2.0;

inline constexpr double twips(double mm) { return mm / 25.4 * 1440.0; }
} // namespace OfficeLayout

} // namespace zhibiao
