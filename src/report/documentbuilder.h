#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

class QTextDocument;
class QPaintDevice;

namespace zhibiao {

// The report as a QTextDocument, with the GB/T 9704 character and block formats, for the
// PDF painter.
namespace DocumentBuilder {
// The line pitch that gives 22 lines in the 225 mm text block, in points.
inline constexpr double kLinePitchPt = 225.0 / 22.0 / 25.4 * 72.0;
// A block property (bool): a heading or caption, kept on the page of what follows it.
inline constexpr int kKeepWithNextProperty = 0x100000 + 1; // QTextFormat::UserProperty + 1
// device: the paint device the document will be laid out for (the PDF writer), or nullptr.
void build(QTextDocument *document, const Report &report, const ReportStyle &style,
           QPaintDevice *device = nullptr);
} // namespace DocumentBuilder

} // namespace zhibiao
