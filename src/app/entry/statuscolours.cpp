#include "app/entry/statuscolours.h"

#include <QPalette>

namespace zhibiao {

namespace {

StatusColours pair(const char *background, const char *foreground)
{
    return {QColor(QLatin1String(background)), QColor(QLatin1String(foreground))};
}

} // namespace

StatusColours StatusColours::forStatus(Status status, bool darkTheme)
{
    switch (status) {
    case Status::Ahead:
        return darkTheme ? pair("#1f3d24", "#bfe8c2") : pair("#dff0df", "#1d5a24");
    case Status::Met:
        return darkTheme ? pair("#275a30", "#e2f7e4") : pair("#b9dfbb", "#123f18");
    case Status::Behind:
        return darkTheme ? pair("#4d3d0e", "#ffe08a") : pair("#ffeab0", "#6a4a00");
    case Status::SeriouslyBehind:
        return darkTheme ? pair("#5c1f1b", "#ffc9c4") : pair("#f8cfcb", "#8a1810");
    case Status::Missed:
        return darkTheme ? pair("#7a1f19", "#ffe3e0") : pair("#c62828", "#ffffff");
    case Status::NoTarget:
    case Status::NoData:
        break;
    }
    return {QColor(), darkTheme ? QColor(QLatin1String("#a8a8a8")) : QColor(QLatin1String("#6b6b6b"))};
}

bool StatusColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace zhibiao
