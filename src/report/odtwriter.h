#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QByteArray>

namespace zhibiao {

// The report as an OpenDocument text (ODF 1.2) with real styles: the PDF's A4 page and
// margins, "— N —" page numbers in the footer, named paragraph styles (Title, Heading 1/2
// as outline headings, Body with a two-character indent and the fixed 22-line pitch,
// Signature), CJK faces for the Asian script, and tables with a repeated header row.
namespace OdtWriter {
// Empty with *error set on failure.
QByteArray write(const Report &report, const ReportStyle &style, QString *error = nullptr);
// The parts, for the writer and its tests.
QByteArray contentXml(const Report &report, const ReportStyle &style);
QByteArray stylesXml(const ReportStyle &style);
} // namespace OdtWriter

} // namespace zhibiao
