#include "core/dashboardtext.h"

#include "core/numberformat.h"

namespace zhibiao::DashboardText {

namespace {
const QString kSeparator = QStringLiteral("，");

QString quarterName(int quarter)
{
    static const QStringList names = {QStringLiteral("第一季度"), QStringLiteral("第二季度"),
                                      QStringLiteral("第三季度"), QStringLiteral("第四季度")};
    return names.value(quarter - 1);
}
} // namespace

QString periodTitle(const DashboardData &data)
{
    return QStringLiteral("%1 %2年%3（1—%4月）")
        .arg(data.orgUnitName.isEmpty() ? data.orgUnitCode : data.orgUnitName)
        .arg(data.period.year)
        .arg(quarterName(data.period.quarter))
        .arg(data.period.quarter * 3);
}

QStringList cards(const DashboardData &data)
{
    QStringList lines;
    for (const CategoryCard &card : data.cards) {
        lines << QStringLiteral("%1：%2。目标指标%3项，快于序时进度%4项、滞后%5项、严重滞后%6项、已完成%7项、未完成%8项。%9")
                     .arg(card.category, card.lightWord)
                     .arg(card.targeted())
                     .arg(card.ahead)
                     .arg(card.behind)
                     .arg(card.seriouslyBehind)
                     .arg(card.met)
                     .arg(card.missed)
                     .arg(card.reason);
    }
    return lines;
}

QStringList completion(const DashboardData &data)
{
    QStringList lines;
    for (const CompletionBar &bar : data.completion)
        lines << QStringLiteral("%1 %2：%3，目标%4，完成%5，序时进度%6，%7")
                     .arg(bar.code, bar.name, bar.valueText, bar.targetText,
                          NumberFormat::percent(bar.completion), NumberFormat::percent(bar.expected),
                          bar.statusWord);
    return lines;
}

QStringList relative(const DashboardData &data)
{
    QStringList lines;
    for (const RelativeItem &item : data.relative)
        lines << QStringLiteral("%1 %2：%3（%4）").arg(item.code, item.name, item.text, item.statusWord);
    return lines;
}

QStringList warnings(const DashboardData &data)
{
    QStringList lines;
    if (data.warnings.isEmpty())
        lines << QStringLiteral("本期没有滞后于序时进度的指标。");
    for (const WarningItem &item : data.warnings) {
        QString line = QStringLiteral("【%1】%2 %3：%4，%5").arg(item.statusWord, item.code, item.name,
                                                                 item.shortfallText, item.detail);
        if (!item.note.isEmpty())
            line += QStringLiteral("。说明：") + item.note;
        lines << line;
    }
    return lines;
}

QStringList trend(const IndicatorTrend &trend)
{
    QStringList lines;
    const Indicator &indicator = trend.indicator;
    const auto text = [&](const std::optional<double> &v) {
        return v ? NumberFormat::withUnit(*v, indicator) : QStringLiteral("—");
    };
    lines << QStringLiteral("%1 %2（%3）").arg(indicator.code, indicator.name, indicator.unit);
    for (int q = 1; q <= 4; ++q) {
        const auto slot = static_cast<size_t>(q - 1);
        QString line = QStringLiteral("%1：%2年%3，%4年%5")
                           .arg(quarterName(q))
                           .arg(trend.year)
                           .arg(text(trend.thisYear[slot]))
                           .arg(trend.year - 1)
                           .arg(text(trend.lastYear[slot]));
        if (trend.targetLine[slot])
            line += QStringLiteral("，目标线") + text(trend.targetLine[slot]);
        lines << line;
    }
    if (trend.target)
        lines << QStringLiteral("年度目标") + text(trend.target);
    return lines;
}

QStringList ranking(const CountyRanking &ranking)
{
    QStringList lines;
    for (const RankingRow &row : ranking.rows) {
        if (row.hasData)
            lines << QStringLiteral("第%1名 %2：%3，%4").arg(row.rank).arg(row.orgUnitName, row.scoreText, row.statusWord);
        else
            lines << QStringLiteral("%1：%2").arg(row.orgUnitName, row.scoreText);
    }
    return lines;
}

QString stateWord(QuarterState state)
{
    switch (state) {
    case QuarterState::Open:
        return QStringLiteral("未报送");
    case QuarterState::Submitted:
        return QStringLiteral("已报送");
    case QuarterState::Approved:
        return QStringLiteral("已审核");
    case QuarterState::Returned:
        return QStringLiteral("已退回");
    }
    return {};
}

QStringList completeness(const QList<CompletenessRow> &rows)
{
    QStringList lines;
    int handedIn = 0;
    for (const CompletenessRow &row : rows) {
        handedIn += row.handedIn() ? 1 : 0;
        QString line = row.orgUnitName + QStringLiteral("：") + stateWord(row.state);
        if (!row.changedBy.isEmpty())
            line += kSeparator + row.changedBy + QLatin1Char(' ')
                    + row.changedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
        lines << line;
    }
    lines.prepend(QStringLiteral("已报送%1个，共%2个单位").arg(handedIn).arg(rows.size()));
    return lines;
}

} // namespace zhibiao::DashboardText
