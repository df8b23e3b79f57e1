#pragma once

#include "core/evaluation.h"
#include "core/quarterstate.h"
#include "core/statustable.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace zhibiao {

// The leaders' dashboard as plain results: computed by DashboardBuilder from what the
// loader read, shown by the views and exported by the CLI without further arithmetic.

enum class TrafficLight { Green, Yellow, Red, Grey };

// One headline card: how the target indicators of a category stand.
struct CategoryCard
{
    QString category;
    int ahead = 0;
    int behind = 0;
    int seriouslyBehind = 0;
    int met = 0;
    int missed = 0;
    int noTarget = 0;
    int noData = 0;
    TrafficLight light = TrafficLight::Grey;
    QString lightWord; // 绿灯 / 黄灯 / 红灯 / 无数据
    QString reason;    // why the light has its colour, in words
    QStringList indicatorCodes; // every indicator of the category, in catalogue order

    int targeted() const { return ahead + behind + seriouslyBehind + met + missed; }
    friend bool operator==(const CategoryCard &, const CategoryCard &) = default;
};

// An indicator with an absolute target that more is better for: a bar of the completion
// chart beside its 序时进度.
struct CompletionBar
{
    QString code;
    QString name;
    double completion = 0.0; // percent of the annual target
    double expected = 0.0;   // 序时进度, percent
    Status status = Status::NoData;
    QString statusWord;
    QString valueText;  // "3.76亿元"
    QString targetText; // "8.00亿元"

    friend bool operator==(const CompletionBar &, const CompletionBar &) = default;
};

// A rate, growth or ceiling indicator, stated as what it is: a difference in 百分点, or a
// limit kept or not kept.
struct RelativeItem
{
    QString code;
    QString name;
    IndicatorKind kind = IndicatorKind::Rate;
    Direction direction = Direction::Higher;
    double value = 0.0;
    double target = 0.0;
    std::optional<double> differencePp; // rates and growth only
    bool kept = false;                  // the target reached, or the ceiling kept
    Status status = Status::NoData;
    QString statusWord;
    QString text; // "达到96.5%，超出年度目标1.5个百分点" / "控制在3.2%以内"

    friend bool operator==(const RelativeItem &, const RelativeItem &) = default;
};

// An indicator behind schedule or missed: the early-warning list.
struct WarningItem
{
    QString code;
    QString name;
    QString category;
    Status status = Status::NoData;
    QString statusWord;
    double gap = 0.0;       // how far behind: completion points under 序时进度, or 百分点
    double shortfall = 0.0; // in the indicator's unit
    QString shortfallText;  // "还差0.42万人", "超出0.3个百分点"
    QString detail;         // "完成年度目标的47.0%，低于序时进度28.0个百分点"
    QString note;           // entered with the figure

    friend bool operator==(const WarningItem &, const WarningItem &) = default;
};

// The overview of one org unit and period.
struct DashboardData
{
    Period period;
    QString orgUnitCode;
    QString orgUnitName;
    QList<CategoryCard> cards;
    QList<CompletionBar> completion; // highest completion first
    QList<RelativeItem> relative;    // catalogue order
    QList<WarningItem> warnings;     // most serious first
    QList<StatusRow> rows;           // every indicator, for drill-down

    const StatusRow *row(const QString &code) const;
};

// Year-to-date progress of one indicator by quarter, this year beside last year, against
// the line the target sets (the expected amount by each quarter's end).
struct IndicatorTrend
{
    Indicator indicator;
    int year = 0;
    int lastQuarter = 4; // quarters after this one are not yet due
    QuarterValues thisYear{};
    QuarterValues lastYear{};
    std::optional<double> target;
    std::array<std::optional<double>, 4> targetLine{};

    friend bool operator==(const IndicatorTrend &, const IndicatorTrend &) = default;
};

// One county in the comparison of one indicator.
struct RankingRow
{
    QString orgUnitCode;
    QString orgUnitName;
    bool hasData = false;
    int rank = 0;     // 排名, 1 is best; equal scores share a rank; 0 without data
    double score = 0.0; // completion in percent, or difference in 百分点 (ceilings: under the limit)
    Evaluation evaluation;
    QString scoreText; // "93.6%", "+1.5个百分点", "无数据"
    QString statusWord;
};

struct CountyRanking
{
    Indicator indicator;
    Period period;
    bool byCompletion = true; // false: by difference in 百分点
    QList<RankingRow> rows;   // ranked first, then the counties without data

    const RankingRow *row(const QString &orgUnitCode) const;
};

// Who has handed in the quarter.
struct CompletenessRow
{
    QString orgUnitCode;
    QString orgUnitName;
    QuarterState state = QuarterState::Open;
    QString changedBy;
    QDateTime changedAt;

    bool handedIn() const
    {
        return state == QuarterState::Submitted || state == QuarterState::Approved;
    }
    friend bool operator==(const CompletenessRow &, const CompletenessRow &) = default;
};

} // namespace zhibiao
