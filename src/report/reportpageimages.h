#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QImage>

#include <memory>

namespace zhibiao {

class ReportPagePainter;

// The PDF's pages as images, painted by the same ReportPagePainter as the PDF writer, for the
// window's preview. Needs a QGuiApplication.
class ReportPageImages
{
public:
    ReportPageImages(const Report &report, const ReportStyle &style);
    ~ReportPageImages();
    ReportPageImages(const ReportPageImages &) = delete;
    ReportPageImages &operator=(const ReportPageImages &) = delete;

    int pageCount() const;
    // Page (0-based) at dotsPerInch, white paper with the text in black.
    QImage page(int index, double dotsPerInch) const;

private:
    struct Layout;
    std::unique_ptr<Layout> m_layout;
};

} // namespace zhibiao
