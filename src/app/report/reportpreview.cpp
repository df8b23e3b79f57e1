#include "app/report/reportpreview.h"

#include "report/reportpageimages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace zhibiao {

namespace {
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kA4WidthInches = 210.0 / 25.4;

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

ReportPreview::ReportPreview(QWidget *parent) : QWidget(parent)
{
    m_previous = button(tr("◀ Previous"), tr("Previous page (Page Up)"), this);
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next = button(tr("Next ▶"), tr("Next page (Page Down)"), this);
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("pagePosition"));
    auto *zoomOutButton = button(tr("−"), tr("Zoom out"), this);
    zoomOutButton->setShortcut(QKeySequence::ZoomOut);
    auto *zoomInButton = button(tr("+"), tr("Zoom in"), this);
    zoomInButton->setShortcut(QKeySequence::ZoomIn);
    auto *fitButton = button(tr("Fit width"), tr("Fit the page to the window's width"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    bar->addStretch();
    bar->addWidget(zoomOutButton);
    bar->addWidget(zoomInButton);
    bar->addWidget(fitButton);

    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(zoomInButton, &QToolButton::clicked, this, &ReportPreview::zoomIn);
    connect(zoomOutButton, &QToolButton::clicked, this, &ReportPreview::zoomOut);
    connect(fitButton, &QToolButton::clicked, this, &ReportPreview::fitToWidth);
    updateControls();
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setReport(const Report &report, const ReportStyle &style)
{
    m_pages = std::make_unique<ReportPageImages>(report, style);
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    if (m_fit)
        fitToWidth();
    else
        render();
}

int ReportPreview::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

void ReportPreview::showPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_page = page;
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

void ReportPreview::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void ReportPreview::zoomIn()
{
    m_fit = false;
    setZoom(m_zoom * kZoomStep);
}

void ReportPreview::zoomOut()
{
    m_fit = false;
    setZoom(m_zoom / kZoomStep);
}

void ReportPreview::fitToWidth()
{
    m_fit = true;
    const double available = m_scroll->viewport()->width() - 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    setZoom(available / (kA4WidthInches * logicalDpiX()));
}

QImage ReportPreview::currentImage() const
{
    return m_pages ? m_pages->page(m_page, m_zoom * logicalDpiX()) : QImage();
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit && m_pages)
        fitToWidth();
}

void ReportPreview::render()
{
    if (!m_pages) {
        m_image->clear();
    } else {
        const double ratio = devicePixelRatioF();
        QImage image = m_pages->page(m_page, m_zoom * logicalDpiX() * ratio);
        image.setDevicePixelRatio(ratio);
        m_image->setPixmap(QPixmap::fromImage(image));
    }
    updateControls();
}

void ReportPreview::updateControls()
{
    const int pages = pageCount();
    m_position->setText(pages == 0 ? tr("No pages")
                                   : tr("Page %1 of %2 · %3%").arg(m_page + 1).arg(pages).arg(qRound(m_zoom * 100)));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
}

} // namespace zhibiao
