#include "dashboard/dashboardtab.h"

#include "dashboard/dashboardexporter.h"
#include "dashboard/dashboardwidget.h"
#include "storage/database.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace zhibiao {

namespace {
void load(DashboardWidget *widget, const DashboardTab::Context &context)
{
    widget->setDatabase(context.db);
    widget->setPeriod(context.period, context.orgUnitCode);
    widget->refresh();
}
} // namespace

DashboardTab::DashboardTab(QTabWidget *tabs, QMenu *viewMenu, std::function<Context()> context,
                           QObject *parent)
    : QObject(parent), m_tabs(tabs), m_page(new QWidget(tabs)), m_context(std::move(context)),
      m_show(new QAction(tr("&Dashboard"), this)),
      m_present(new QAction(tr("Dashboard &Presentation"), this))
{
    m_page->setObjectName(QStringLiteral("dashboardTab"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_page, tr("Dashboard"));
    m_present->setShortcut(QKeySequence(Qt::Key_F11));
    m_present->setShortcutContext(Qt::ApplicationShortcut);
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addAction(m_show);
        viewMenu->addAction(m_present);
    }
    connect(m_show, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_page); });
    connect(m_present, &QAction::triggered, this, &DashboardTab::togglePresentation);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_page)
            refresh();
    });
}

DashboardWidget *DashboardTab::widget()
{
    if (!m_widget) {
        m_widget = new DashboardWidget(m_page);
        m_page->layout()->addWidget(m_widget);
        connect(m_widget, &DashboardWidget::exportRequested, this,
                [this](const QString &format) { exportTo(m_widget, format); });
    }
    return m_widget;
}

void DashboardTab::refresh()
{
    const Context context = m_context();
    if (context.db && context.period.isValid())
        load(widget(), context);
}

void DashboardTab::togglePresentation()
{
    if (m_presentation) {
        m_presentation->close();
        return;
    }
    const Context context = m_context();
    if (!context.db)
        return;
    // A window of its own, so that the meeting room sees the dashboard and nothing else.
    m_presentation = new DashboardWidget;
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation->addAction(m_present);
    load(m_presentation, context);
    m_presentation->setPresentation(true);
}

void DashboardTab::exportTo(DashboardWidget *widget, const QString &format)
{
    const bool pdf = format == QLatin1String("pdf");
    const QString path = QFileDialog::getSaveFileName(
        widget, pdf ? tr("Export Dashboard as PDF") : tr("Export Dashboard as PNG"), QString(),
        pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // The export is drawn by a widget of its own at presentation size, not the one on screen.
    const Context context = m_context();
    if (!context.db)
        return;
    DashboardWidget copy;
    load(&copy, context);
    QString error;
    if (!DashboardExporter::write(copy, path, context.db->path(), &error))
        QMessageBox::warning(widget, tr("Cannot Export the Dashboard"), error);
}

} // namespace zhibiao
