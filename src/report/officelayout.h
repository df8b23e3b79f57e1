#pragma once

#include "report/documentbuilder.h"
#include "report/pdfrenderer.h"

namespace zhibiao {

// The PDF's GB/T 9704 page in the units of the editable formats, so that the ODT and DOCX
// open with the same text block, line pitch and page-number place as the printed report.
namespace OfficeLayout {
inline constexpr double kRightMm = PdfRenderer::kPageWidthMm - PdfRenderer::kLeftMm - PdfRenderer::kBlockWidthMm;
inline constexpr double kBottomMm = PdfRenderer::kPageHeightMm - PdfRenderer::kTopMm - PdfRenderer::kBlockHeightMm;
// 22 lines in 225 mm, rounded down to whole twips: word processors keep lengths in twips,
// and 28.99 pt (579.8 twips) rounds up to 580, which makes 22 lines overflow into 21.
inline constexpr int kLinePitchTwips = static_cast<int>(DocumentBuilder::kLinePitchPt * 20.0);
inline constexpr double kLinePitchPt = kLinePitchTwips / 20.0;
inline constexpr double kPageNumberPointSize = 14.0;                  // 四号
// The page number's line, centred on the PDF's baseline 7 mm under the text block.
inline constexpr double kFooterHeightMm = 7.0;
inline constexpr double kFooterGapMm = PdfRenderer::kPageNumberGapMm - kFooterHeightMm / 2.0;

inline constexpr double twips(double mm) { return mm / 25.4 * 1440.0; }
inline constexpr double points(double mm) { return mm / 25.4 * 72.0; }
} // namespace OfficeLayout

} // namespace zhibiao
