#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QToolButton;

namespace zhibiao {

class ReportPageImages;
struct Report;
struct ReportStyle;

// The report's pages as the PDF prints them, one at a time, with zoom and page navigation.
class ReportPreview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    void setReport(const Report &report, const ReportStyle &style);
    int pageCount() const;
    int currentPage() const { return m_page; } // 0-based
    void showPage(int page);
    double zoom() const { return m_zoom; } // 1.0: the page at its printed size on screen
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitToWidth();
    QImage currentImage() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void updateControls();

    std::unique_ptr<ReportPageImages> m_pages;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_position = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace zhibiao
