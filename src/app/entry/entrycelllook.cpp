#include "app/entry/entrycelllook.h"

#include "app/entry/entrygriddata.h"
#include "app/entry/statuscolours.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace zhibiao {

QVariant EntryCellLook::value(int role) const
{
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(numberCell ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.isGroup() || (row.countySum && quarter > 0)) {
            QFont font;
            font.setBold(row.isGroup());
            font.setItalic(!row.isGroup());
            return font;
        }
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        const bool background = role == Qt::BackgroundRole;
        if (row.isGroup())
            return background ? QVariant(palette.color(QPalette::AlternateBase)) : QVariant();
        if (statusCell) {
            const StatusColours colours = StatusColours::forStatus(status, darkTheme);
            const QColor &colour = background ? colours.background : colours.foreground;
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        // Computed (Σ) and locked cells look different from each other, as the legend says.
        if (quarter > 0 && row.countySum)
            return background ? QVariant() : QVariant(palette.color(QPalette::Link));
        if (quarter > 0 && locked)
            return background ? QVariant(palette.color(QPalette::Window))
                              : QVariant(palette.color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    }
    return {};
}

} // namespace zhibiao
