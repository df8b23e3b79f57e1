#pragma once

#include "core/schedule.h"

#include <QMap>
#include <QString>

#include <optional>

namespace zhibiao {

// How the quarterly figures of an indicator combine over the year.
enum class IndicatorKind {
    Cumulative, // 累计: year-to-date totals
    Stock,      // 时点: the level at quarter end
    Rate,       // 率: a percentage at quarter end
    Growth,     // 增速: growth against the same period last year, in percent
};

// Which direction is good.
enum class Direction {
    Higher,  // more is better; the target is a floor to reach
    Ceiling, // less is better; the target is a limit to stay within
};

// Clause overrides as the catalogue files and the database write them:
// "rate.above=超{target}的年度目标{diff}; rate.below=…" (keys sorted, "; " between).
QString clausesToString(const QMap<QString, QString> &clauses);
// The reverse; *error says what is wrong (an entry without "=", an empty key).
QMap<QString, QString> clausesFromString(const QString &text, QString *error = nullptr);

QString toString(IndicatorKind kind);
QString toString(Direction direction);
std::optional<IndicatorKind> indicatorKindFromString(const QString &text);
std::optional<Direction> directionFromString(const QString &text);

struct Indicator
{
    QString code;
    QString name;
    QString category;
    QString subcategory; // empty when the category has no sub-projects
    QString unit;
    int precision = 2;
    IndicatorKind kind = IndicatorKind::Cumulative;
    Direction direction = Direction::Higher;
    QString parentCode; // "其中": this indicator is a part of its parent
    int sortOrder = 0;
    std::optional<Schedule> schedule; // nullopt: the linear default
    bool retired = false;
    // How the report states it: the phrase of subject and figure ("发放创业担保贷款{value}";
    // empty: the default of its kind), and clause templates of its own by key
    // ("rate.above" → "超{target}的年度目标{diff}"). Part of the bureau's catalogue.
    QString phrase;
    QMap<QString, QString> clauses;

    // Rates and growth figures are percentages: their targets are compared in
    // percentage points, never as a ratio.
    bool isPercentage() const
    {
        return kind == IndicatorKind::Rate || kind == IndicatorKind::Growth;
    }
    // Flows and stocks are absolute quantities: completion is actual / target.
    bool hasAbsoluteTarget() const { return !isPercentage(); }
    // Flows and stocks of counties add up to the city's; rates do not.
    bool isAdditive() const { return !isPercentage(); }
    Schedule effectiveSchedule() const { return schedule.value_or(Schedule()); }

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace zhibiao
