#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QTabWidget;
class QWidget;

namespace zhibiao {

// Docks that step aside while one page of a tab widget is current and come back when
// another is, as they were: a dock the person closed stays closed. The main window's
// checks and history belong to entering figures and would take a quarter of a laptop's
// height from the dashboard.
class DocksAside : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocksAside)

public:
    DocksAside(QTabWidget *tabs, QWidget *page, QList<QDockWidget *> docks, QObject *parent = nullptr);

private:
    void follow();

    QTabWidget *m_tabs;
    QWidget *m_page;
    QList<QDockWidget *> m_docks;
    QList<QDockWidget *> m_hidden; // the docks this object hid
};

} // namespace zhibiao
