#include "app/common/docksaside.h"

#include <QDockWidget>
#include <QTabWidget>

namespace zhibiao {

DocksAside::DocksAside(QTabWidget *tabs, QWidget *page, QList<QDockWidget *> docks, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_page(page), m_docks(std::move(docks))
{
    connect(tabs, &QTabWidget::currentChanged, this, &DocksAside::follow);
}

void DocksAside::follow()
{
    const bool onPage = m_tabs->currentWidget() == m_page;
    for (QDockWidget *dock : std::as_const(m_docks)) {
        // isHidden, not isVisible: before the window is first shown no dock is visible, and
        // a window opened on the page (--tab dashboard) must still clear them.
        if (onPage && !dock->isHidden()) {
            m_hidden.append(dock);
            dock->hide();
        } else if (!onPage && m_hidden.removeAll(dock) > 0) {
            dock->show();
        }
    }
}

} // namespace zhibiao
