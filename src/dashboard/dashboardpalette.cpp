#include "dashboard/dashboardpalette.h"

#include <QPalette>

namespace zhibiao::DashboardPalette {

namespace {
QColor pick(bool dark, const char *onDark, const char *onLight)
{
    return QColor(QLatin1String(dark ? onDark : onLight));
}
} // namespace

QColor mark(Status status, bool dark)
{
    switch (status) {
    case Status::Ahead:
        return pick(dark, "#66bb6a", "#2e7d32");
    case Status::Met:
        return pick(dark, "#26a69a", "#00695c");
    case Status::Behind:
        return pick(dark, "#ffca28", "#e0a100");
    case Status::SeriouslyBehind:
        return pick(dark, "#ef5350", "#c62828");
    case Status::Missed:
        return pick(dark, "#ff8a80", "#7f0000");
    case Status::NoTarget:
    case Status::NoData:
        break;
    }
    return pick(dark, "#9e9e9e", "#9e9e9e");
}

QColor light(TrafficLight light, bool dark)
{
    return mark(statusOf(light), dark);
}

Status statusOf(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return Status::Ahead;
    case TrafficLight::Yellow:
        return Status::Behind;
    case TrafficLight::Red:
        return Status::SeriouslyBehind;
    case TrafficLight::Grey:
        break;
    }
    return Status::NoData;
}

QColor expectedLine(bool dark)
{
    return pick(dark, "#90caf9", "#1565c0");
}

QColor thisYear(bool dark)
{
    return pick(dark, "#ffb74d", "#d84315");
}

QColor background(Status status, bool dark)
{
    switch (status) {
    case Status::Ahead:
    case Status::Met:
        return pick(dark, "#1f4d2a", "#dcefdc");
    case Status::Behind:
        return pick(dark, "#54430f", "#fff0c2");
    case Status::SeriouslyBehind:
    case Status::Missed:
        return pick(dark, "#5f1f1b", "#f9d3cf");
    case Status::NoTarget:
    case Status::NoData:
        break;
    }
    return {};
}

QColor foreground(Status status, bool dark)
{
    switch (status) {
    case Status::Ahead:
    case Status::Met:
        return pick(dark, "#c8ebcb", "#1b5e20");
    case Status::Behind:
        return pick(dark, "#ffe08a", "#5d4300");
    case Status::SeriouslyBehind:
    case Status::Missed:
        return pick(dark, "#ffcdc8", "#8a1810");
    case Status::NoTarget:
    case Status::NoData:
        break;
    }
    return pick(dark, "#b0b0b0", "#5f5f5f");
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor lastYear(bool dark)
{
    return pick(dark, "#b0bec5", "#78909c");
}

} // namespace zhibiao::DashboardPalette
