#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QByteArray>

#include <optional>

namespace zhibiao {

// One report model written in each output format.
namespace ReportExporter {
enum class Format { Pdf, Odt, Docx, Html, Text };
std::optional<Format> formatFromName(const QString &name); // pdf, odt, docx, html, txt
// The bytes of the file; PDF, ODT and DOCX need a QGuiApplication (the style's fonts). Empty with *error on failure.
QByteArray render(const Report &report, Format format, const ReportStyle &style, QString *error = nullptr);
// Renders and saves the file (OutputFile: never over databasePath, the bureau's own file).
bool write(const Report &report, Format format, const QString &path, const ReportStyle &style,
           const QString &databasePath, QString *error = nullptr);
} // namespace ReportExporter

} // namespace zhibiao
