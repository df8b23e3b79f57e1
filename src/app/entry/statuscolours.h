#pragma once

#include "core/evaluation.h"

#include <QColor>

class QPalette;

namespace zhibiao {

// The traffic-light colours of a status. Background and text colour always come as a pair
// chosen for the theme, so a cell stays readable on light and dark palettes alike; the
// status is always written out in words as well.
struct StatusColours
{
    QColor background; // invalid: leave the view's own background
    QColor foreground;

    static StatusColours forStatus(Status status, bool darkTheme);
    static bool isDark(const QPalette &palette);
};

} // namespace zhibiao
