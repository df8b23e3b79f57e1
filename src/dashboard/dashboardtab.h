#pragma once

#include "core/period.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QTabWidget;

namespace zhibiao {

class Database;
class DashboardWidget;

// Puts the dashboard into the main window: a tab, View > Dashboard, and F11 for a
// full-screen presentation window. The window says what is open and chosen through the
// context callback; the tab refreshes whenever it is shown.
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

    DashboardWidget *widget() const { return m_widget; }
    QAction *presentAction() const { return m_present; }
    void refresh();
    void togglePresentation();

private:
    void exportTo(DashboardWidget *widget, const QString &format);

    QTabWidget *m_tabs;
    DashboardWidget *m_widget;
    std::function<Context()> m_context;
    QAction *m_show;
    QAction *m_present;
    QPointer<DashboardWidget> m_presentation;
};

} // namespace zhibiao
