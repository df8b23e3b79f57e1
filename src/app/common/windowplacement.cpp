#include "app/common/windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace zhibiao::WindowPlacement {

QRect within(QSize preferred, QRect available)
{
    // Room for the window frame and title bar, which the size does not include.
    const QSize room = (available.size() - QSize(16, 48)).expandedTo(QSize(320, 240));
    QRect placed(QPoint(0, 0), preferred.boundedTo(room));
    placed.moveCenter(available.center());
    placed.moveTop(std::max(available.top() + 32, placed.top()));
    return placed;
}

void fit(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect placed = within(preferred, screen->availableGeometry());
    window->resize(placed.size());
    window->move(placed.topLeft());
}

} // namespace zhibiao::WindowPlacement
