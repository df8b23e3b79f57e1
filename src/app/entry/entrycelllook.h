#pragma once

#include "core/evaluation.h"

#include <QVariant>

namespace zhibiao {

struct EntryGridRow;

// How a cell of the entry grid looks, apart from its text: headings bold on a shaded
// ground, a county sum italic in the link colour, a locked quarter's figure grey on the
// window's ground, the status cell in its traffic-light colours, numbers right-aligned.
// The legend under the grid (ui/mainwindow.ui) describes the same looks.
struct EntryCellLook
{
    const EntryGridRow &row;
    int quarter = 0;        // the cell's quarter, 0 outside the four quarter columns
    bool locked = false;    // the cell's quarter is submitted or approved
    bool statusCell = false;
    bool numberCell = false; // target, quarters, year figure, completion
    Status status = Status::NoData;
    bool darkTheme = false;

    // The value of role (font, colours, alignment) for the cell; an invalid QVariant for
    // the view's default.
    QVariant value(int role) const;
};

} // namespace zhibiao
