#include "report/pdfrenderer.h"

#include "report/reportpagepainter.h"
#include "report/tounicodefixer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace zhibiao::PdfRenderer {

namespace {

QString reportTitle(const Report &report)
{
    for (const ReportElement &element : report.elements) {
        if (const auto *title = std::get_if<ReportTitle>(&element))
            return title->text;
    }
    return {};
}

} // namespace

QByteArray render(const Report &report, const ReportStyle &style, QString *error)
{
    QByteArray raw;
    QString written;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(ReportPagePainter::kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(reportTitle(report));
        writer.setCreator(QStringLiteral("Zhibiao"));

        const ReportPagePainter pages(report, style, &writer);
        written = pages.plainText();

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QStringLiteral("cannot start the PDF writer");
            return {};
        }
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            pages.paint(painter, page);
        }
        painter.end();
    }
    QStringList families{style.titleFamily, style.bodyFamily, style.headingFamily, style.subheadingFamily};
    families.removeDuplicates();
    return ToUnicodeFixer::fix(raw, families, written, error);
}

} // namespace zhibiao::PdfRenderer
