#include "report/reportpageimages.h"

#include "report/reportpagepainter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace zhibiao {

// The text is laid out for a PDF writer that is never painted on, so that line breaks and
// page breaks are those of the PDF exactly; the images only scale the result.
struct ReportPageImages::Layout
{
    QByteArray unused;
    QBuffer buffer{&unused};
    QPdfWriter writer{&buffer};
    std::unique_ptr<ReportPagePainter> painter;
};

ReportPageImages::ReportPageImages(const Report &report, const ReportStyle &style)
    : m_layout(std::make_unique<Layout>())
{
    m_layout->buffer.open(QIODevice::WriteOnly);
    m_layout->writer.setResolution(ReportPagePainter::kResolution);
    m_layout->writer.setPageSize(QPageSize(QPageSize::A4));
    m_layout->writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_layout->painter = std::make_unique<ReportPagePainter>(report, style, &m_layout->writer);
}

ReportPageImages::~ReportPageImages() = default;

int ReportPageImages::pageCount() const
{
    return m_layout->painter->pageCount();
}

QImage ReportPageImages::page(int index, double dotsPerInch) const
{
    const double scale = dotsPerInch / ReportPagePainter::kResolution;
    const QSizeF size = ReportPagePainter::pageSize() * scale;
    QImage image(static_cast<int>(std::ceil(size.width())), static_cast<int>(std::ceil(size.height())),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    if (index < 0 || index >= pageCount())
        return image;
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    m_layout->painter->paint(painter, index);
    return image;
}

} // namespace zhibiao
