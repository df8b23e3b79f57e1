#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QByteArray>

namespace zhibiao {

// The report as a Word document (ECMA-376 WordprocessingML, transitional) with the PDF's
// page: A4, GB/T 9704 margins, "— N —" page numbers in the footers (odd pages right, even
// left), named styles (Title, Heading1/2, Body with a two-character indent and the exact
// 22-line pitch, Signature) with East Asian faces, and tables whose header row repeats.
// Element order inside w:pPr, w:rPr, w:sectPr follows the schema: Word refuses others.
namespace DocxWriter {
// Empty with *error set on failure.
QByteArray write(const Report &report, const ReportStyle &style, QString *error = nullptr);
// The parts, for the writer and its tests.
QByteArray documentXml(const Report &report);
QByteArray stylesXml(const ReportStyle &style);
QByteArray footerXml(const QString &alignment); // "right" (odd pages) or "left" (even)
} // namespace DocxWriter

} // namespace zhibiao
