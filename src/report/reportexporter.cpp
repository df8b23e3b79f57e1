#include "report/reportexporter.h"

#include "report/documentbuilder.h"
#include "report/pdfrenderer.h"
#include "report/textrenderer.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace zhibiao::ReportExporter {

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("odt"))
        return Format::Odt;
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
    case Format::Odt: {
        QTextDocument document;
        DocumentBuilder::build(&document, report, style);
        QByteArray data;
        QBuffer buffer(&data);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document)) {
            if (error)
                *error = QStringLiteral("the ODT writer failed");
            return {};
        }
        return data;
    }
    }
    return {};
}

bool write(const Report &report, Format format, const QString &path, const ReportStyle &style, QString *error)
{
    const QByteArray data = render(report, format, style, error);
    if (data.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace zhibiao::ReportExporter
