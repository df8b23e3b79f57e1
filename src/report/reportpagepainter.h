#pragma once

#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QSizeF>

#include <memory>

class QPaintDevice;
class QPainter;
class QTextDocument;
class QTextTable;

namespace zhibiao {

// The report laid out on GB/T 9704 pages and painted one page at a time, shared by the PDF
// renderer and the window's preview so that both put the same lines on the same pages.
// Coordinates are device pixels at kResolution dots per inch from the page's top-left.
class ReportPagePainter
{
public:
    static constexpr int kResolution = 600;

    // layoutDevice: the device the text is laid out for (a QPdfWriter at kResolution).
    ReportPagePainter(const Report &report, const ReportStyle &style, QPaintDevice *layoutDevice);
    ~ReportPagePainter();
    ReportPagePainter(const ReportPagePainter &) = delete;
    ReportPagePainter &operator=(const ReportPagePainter &) = delete;

    int pageCount() const;
    QString plainText() const;
    // Paints the lines of page (0-based) and its page number.
    void paint(QPainter &painter, int page) const;

    static double mm(double millimetres);
    static QSizeF pageSize(); // A4 in device pixels
    // The report as it is set on the page: the title broken into balanced lines, each
    // figure glued to its unit.
    static Report typeset(const Report &report, const ReportStyle &style);

private:
    void keepHeadingsWithNext();
    double cutRuleY(QTextTable *table, double pageTop, double pageBottom) const;
    double tableScale() const;
    double tableRuleWidth(QTextTable *table) const;
    void paintBody(QPainter &painter, int page) const;
    void paintPageNumber(QPainter &painter, int page) const;

    std::unique_ptr<QTextDocument> m_document;
    ReportStyle m_style;
};

} // namespace zhibiao
