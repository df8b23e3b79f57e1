#pragma once

#include "core/period.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

namespace zhibiao {

class Database;
class DashboardWidget;

// Puts the dashboard into the main window: a tab, View > Dashboard, and F11 for a
// full-screen presentation window. The window says what is open and chosen through the
// context callback; the tab refreshes whenever it is shown. The dashboard itself (its form,
// charts and drill-down pages) is built the first time it is wanted, not with the window.
class DashboardTab : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTab)

public:
    struct Context
    {
        const Database *db = nullptr;
        Period period;
        QString orgUnitCode;
    };

    DashboardTab(QTabWidget *tabs, QMenu *viewMenu, std::function<Context()> context,
                 QObject *parent = nullptr);

    // The tab's page, which holds the dashboard once it is built.
    QWidget *page() const { return m_page; }
    // The dashboard, built on first use.
    DashboardWidget *widget();
    QAction *presentAction() const { return m_present; }
    void refresh();
    void togglePresentation();

private:
    void exportTo(DashboardWidget *widget, const QString &format);

    QTabWidget *m_tabs;
    QWidget *m_page;
    DashboardWidget *m_widget = nullptr;
    std::function<Context()> m_context;
    QAction *m_show;
    QAction *m_present;
    QPointer<DashboardWidget> m_presentation;
};

} // namespace zhibiao
