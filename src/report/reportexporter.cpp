#include "report/reportexporter.h"

#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/pdfrenderer.h"
#include "report/textrenderer.h"
#include "storage/outputfile.h"


namespace zhibiao::ReportExporter {

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("odt"))
        return Format::Odt;
    if (name == QLatin1String("docx"))
        return Format::Docx;
    if (name == QLatin1String("html"))
        return Format::Html;
    if (name == QLatin1String("txt"))
        return Format::Text;
    return std::nullopt;
}

QByteArray render(const Report &report, Format format, const ReportStyle &style, QString *error)
{
    switch (format) {
    case Format::Text:
        return TextRenderer::plainText(report).toUtf8();
    case Format::Html:
        return TextRenderer::html(report).toUtf8();
    case Format::Pdf:
        return PdfRenderer::render(report, style, error);
    case Format::Odt:
        return OdtWriter::write(report, style, error);
    case Format::Docx:
        return DocxWriter::write(report, style, error);
    }
    return {};
}

bool write(const Report &report, Format format, const QString &path, const ReportStyle &style,
           const QString &databasePath, QString *error)
{
    // The check comes first: nothing is rendered for a file that may not be written.
    if (const QString refusal = OutputFile::refusal(path, databasePath); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    const QByteArray data = render(report, format, style, error);
    return !data.isEmpty() && OutputFile::save(path, data, databasePath, error);
}

} // namespace zhibiao::ReportExporter
