#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace zhibiao::WindowPlacement {

// Where a window of the preferred size goes on a screen whose free area (without panels)
// is available: the preferred size, shrunk to fit with a small margin, centred. A
// 1366×768 laptop with a panel has about 1366×730 free.
QRect within(QSize preferred, QRect available);
// Resizes and moves the window so on the screen it opens on.
void fit(QWidget *window, QSize preferred);

} // namespace zhibiao::WindowPlacement
