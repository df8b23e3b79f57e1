#include "dashboard/dashboardexporter.h"

#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardwidget.h"
#include "report/tounicodefixer.h"
#include "storage/database.h"
#include "storage/outputfile.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace zhibiao {

namespace {

constexpr int kDpi = 200;

// Latin letters and digits from a Latin font: shaped as a Latin run, Noto CJK's digits come
// out as glyphs without a text mapping in Qt 6.4's PDFs ("JY03" extracts as "JY").
QStringList pdfFamilies()
{
    return {QStringLiteral("DejaVu Sans"), DashboardExporter::chineseFamily()};
}

// Paints one view per page (continuing on further pages when its text is long).
class PdfPages
{
public:
    PdfPages(QPdfWriter &writer, QPainter &painter, QString headline, QString date)
        : m_writer(writer), m_painter(painter), m_headline(std::move(headline)),
          m_date(std::move(date)), m_page(painter.viewport())
    {
    }

    void view(const QString &title, const QImage &image, const QStringList &lines)
    {
        startPage(title);
        if (!image.isNull()) {
            const int maxHeight = m_page.height() * 55 / 100;
            const QSize size = image.size().scaled(m_page.width(), maxHeight, Qt::KeepAspectRatio);
            m_painter.drawImage(QRect(QPoint(m_page.left(), m_y), size), image);
            m_y += size.height() + mm(4);
        }
        m_painter.setFont(font(9.0, false));
        for (const QString &line : lines) {
            const QRect room(m_page.left(), m_y, m_page.width(), m_page.bottom() - m_y);
            QRect needed = m_painter.boundingRect(room, Qt::TextWordWrap, line);
            if (needed.bottom() > m_page.bottom() && m_y > m_bodyTop) {
                startPage(title + DashboardExporter::tr(" (continued)"));
                m_painter.setFont(font(9.0, false));
                needed = m_painter.boundingRect(QRect(m_page.left(), m_y, m_page.width(), m_page.height()),
                                                Qt::TextWordWrap, line);
            }
            m_painter.drawText(needed, Qt::TextWordWrap, line);
            m_written += line;
            m_y = needed.bottom() + mm(1.2);
        }
    }

    const QString &written() const { return m_written; }

private:
    int mm(double millimetres) const { return static_cast<int>(millimetres / 25.4 * kDpi); }

    QFont font(double points, bool bold) const
    {
        QFont f;
        f.setFamilies(pdfFamilies());
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void startPage(const QString &title)
    {
        if (m_started)
            m_writer.newPage();
        m_started = true;
        m_y = m_page.top();
        const auto line = [&](const QString &text, double points, bool bold) {
            m_painter.setFont(font(points, bold));
            const QRect r = m_painter.boundingRect(QRect(m_page.left(), m_y, m_page.width(), m_page.height()),
                                                   Qt::TextWordWrap, text);
            m_painter.drawText(r, Qt::TextWordWrap, text);
            m_written += text;
            m_y = r.bottom() + mm(1.5);
        };
        line(m_headline, 15.0, true);
        line(title, 12.0, true);
        line(m_date, 9.0, false);
        m_y += mm(2);
        m_bodyTop = m_y;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_headline;
    QString m_date;
    QRect m_page;
    QString m_written;
    int m_y = 0;
    int m_bodyTop = 0;
    bool m_started = false;
};

QImage grabbed(QWidget *widget)
{
    QImage image = widget->grab().toImage();
    image.setDevicePixelRatio(1.0);
    return image;
}

// A chart drawn again at a size that suits a landscape page, on paper's light theme.
QImage chartImage(QChart *chart, QSize size)
{
    // Given to the constructor: setChart() would release, not delete, the empty chart a
    // default-constructed view makes for itself (LeakSanitizer found it).
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFrameShape(QFrame::NoFrame);
    view.show();
    // Resized only once shown and given a few passes: the axes size themselves to their
    // labels as the chart is laid out; sized before showing, the category labels come out
    // elided.
    QCoreApplication::processEvents();
    view.resize(size);
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
    return grabbed(&view);
}

QImage pageImage(const DashboardWidget &widget, DashboardWidget::View view)
{
    switch (view) {
    case DashboardWidget::CompletionView: {
        const auto bars = static_cast<int>(widget.data().completion.size());
        return chartImage(ChartBuilder::completion(widget.data(), false),
                          QSize(1300, std::max(520, 26 * bars + 140)));
    }
    case DashboardWidget::TrendView:
        return chartImage(ChartBuilder::trend(widget.trend(), false), QSize(1100, 560));
    case DashboardWidget::RankingView:
        return chartImage(ChartBuilder::ranking(widget.ranking(), false), QSize(1100, 560));
    default:
        return grabbed(widget.view(view));
    }
}

} // namespace

QString DashboardExporter::chineseFamily()
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    return QFontDatabase::families().contains(family) ? family : QApplication::font().family();
}

void DashboardExporter::useChineseFont()
{
    QFont font = QApplication::font();
    font.setFamilies({chineseFamily()});
    QApplication::setFont(font);
}

void DashboardExporter::layOut(DashboardWidget &widget)
{
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(kImageSize);
    widget.show();
    // A few passes so that the layouts, the charts' geometry and the tables settle.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QImage DashboardExporter::image(DashboardWidget &widget)
{
    layOut(widget);
    // The dashboard scrolls on a small screen; the picture shows all of it: the widget is
    // made as tall as its page needs, then scaled into the image keeping its proportions.
    const int needed = widget.unscrolledHeight();
    if (needed > kImageSize.height()) {
        widget.resize(kImageSize.width(), needed);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    QImage page = grabbed(&widget);
    if (page.size() == kImageSize)
        return page;
    QImage image(kImageSize, QImage::Format_RGB32);
    image.fill(widget.palette().color(QPalette::Window));
    const QImage scaled = page.scaled(kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&image);
    painter.drawImage((kImageSize.width() - scaled.width()) / 2, (kImageSize.height() - scaled.height()) / 2, scaled);
    painter.end();
    layOut(widget); // back to the screen's size
    return image;
}

QByteArray DashboardExporter::pdf(DashboardWidget &widget, QString *error)
{
    layOut(widget);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(widget.headline());
        writer.setCreator(QStringLiteral("Zhibiao"));
        QPainter painter(&writer);
        PdfPages pages(writer, painter, widget.headline(),
                       tr("Generated %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        for (const DashboardWidget::View view : DashboardWidget::views())
            pages.view(widget.viewTitle(view), pageImage(widget, view), widget.viewText(view));
        painter.end();
        buffer.close();
        return ToUnicodeFixer::fix(buffer.data(), pdfFamilies(), pages.written(), error);
    }
}

bool DashboardExporter::write(DashboardWidget &widget, const QString &path, const QString &databasePath,
                              QString *error)
{
    if (const QString refusal = OutputFile::refusal(path, databasePath); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("png")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image(widget).save(&buffer, "PNG");
    } else if (suffix == QLatin1String("pdf")) {
        QString fixError;
        bytes = pdf(widget, &fixError);
        if (bytes.isEmpty()) {
            *error = tr("cannot write the PDF: %1").arg(fixError);
            return false;
        }
    } else {
        *error = tr("%1: the file name must end in .png or .pdf").arg(path);
        return false;
    }
    return OutputFile::save(path, bytes, databasePath, error);
}

bool DashboardExporter::exportFile(const Database &db, Period period, const QString &orgUnitCode,
                                   const QString &path, const Thresholds &thresholds, QString *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *error = tr("drawing the dashboard needs a QApplication");
        return false;
    }
    useChineseFont();
    DashboardSource source = DashboardLoader(db).load(period);
    QString orgUnit = orgUnitCode;
    if (orgUnit.isEmpty() && source.orgTree.root())
        orgUnit = source.orgTree.root()->code;
    if (!source.orgTree.find(orgUnit)) {
        *error = tr("no org unit with the code '%1'").arg(orgUnit);
        return false;
    }
    DashboardWidget widget;
    widget.setThresholds(thresholds);
    widget.setDatabase(&db);
    widget.display(std::move(source), period, orgUnit);
    return write(widget, path, db.path(), error);
}

} // namespace zhibiao
