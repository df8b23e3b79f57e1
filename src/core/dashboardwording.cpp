#include "core/dashboardwording.h"

#include "core/numberformat.h"

#include <QStringList>

#include <cmath>

namespace zhibiao::DashboardWording {

namespace {

bool isCeiling(const StatusRow &row)
{
    return row.indicator.direction == Direction::Ceiling;
}

QString percentValue(double value)
{
    return NumberFormat::number(value, 1) + QLatin1Char('%');
}

// "1项（JY03）" or "2项（JY03、MS03）".
QString countWithCodes(int count, const QStringList &codes)
{
    QString text = QString::number(count) + QStringLiteral("项");
    if (!codes.isEmpty())
        text += QStringLiteral("（") + codes.join(QStringLiteral("、")) + QStringLiteral("）");
    return text;
}

} // namespace

QString statusWord(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    const bool ceiling = isCeiling(row);
    switch (e.status) {
    case Status::Ahead:
        if (ceiling)
            return QStringLiteral("未超控制目标");
        return row.indicator.hasAbsoluteTarget() ? QStringLiteral("快于序时进度")
                                                 : QStringLiteral("达到目标");
    case Status::Behind:
        return ceiling ? QStringLiteral("超出控制目标") : QStringLiteral("滞后");
    case Status::SeriouslyBehind:
        return ceiling ? QStringLiteral("严重超出控制目标") : QStringLiteral("严重滞后");
    case Status::Met:
        if (ceiling)
            return QStringLiteral("控制在目标内");
        return e.reachedEarly ? QStringLiteral("提前完成") : QStringLiteral("已完成");
    case Status::Missed:
        return ceiling ? QStringLiteral("超出控制目标") : QStringLiteral("未完成");
    case Status::NoTarget:
        return QStringLiteral("无目标");
    case Status::NoData:
        return QStringLiteral("无数据");
    }
    return {};
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Ahead:
        return QStringLiteral("快于序时进度");
    case Status::Behind:
        return QStringLiteral("滞后");
    case Status::SeriouslyBehind:
        return QStringLiteral("严重滞后");
    case Status::Met:
        return QStringLiteral("已完成");
    case Status::Missed:
        return QStringLiteral("未完成");
    case Status::NoTarget:
        return QStringLiteral("无目标");
    case Status::NoData:
        break;
    }
    return QStringLiteral("无数据");
}

QString lightWord(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return QStringLiteral("绿灯");
    case TrafficLight::Yellow:
        return QStringLiteral("黄灯");
    case TrafficLight::Red:
        return QStringLiteral("红灯");
    case TrafficLight::Grey:
        break;
    }
    return QStringLiteral("无数据");
}

QString cardReason(const CategoryCard &card, const QStringList &seriousCodes,
                   const QStringList &behindCodes, const QStringList &missedCodes)
{
    if (card.targeted() == 0)
        return QStringLiteral("本期没有可评价的目标指标");
    QStringList parts;
    if (card.missed > 0)
        parts << QStringLiteral("未完成年度目标") + countWithCodes(card.missed, missedCodes);
    if (card.seriouslyBehind > 0)
        parts << QStringLiteral("严重滞后") + countWithCodes(card.seriouslyBehind, seriousCodes);
    if (card.behind > 0)
        parts << QStringLiteral("滞后") + countWithCodes(card.behind, behindCodes);
    if (parts.isEmpty()) {
        // 均 ("all of them") only for more than one.
        const QString all = card.targeted() > 1 ? QStringLiteral("均") : QString();
        if (card.met == card.targeted())
            return QStringLiteral("%1项目标指标%2已完成").arg(card.targeted()).arg(all);
        return QStringLiteral("%1项目标指标%2达到或快于序时进度").arg(card.targeted()).arg(all);
    }
    return parts.join(QStringLiteral("，"));
}

QString shortfallText(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    const double amount = e.shortfall.value_or(0.0);
    const QString quantity = row.indicator.isPercentage()
                                 ? NumberFormat::points(amount)
                                 : NumberFormat::withUnit(amount, row.indicator);
    return (isCeiling(row) ? QStringLiteral("超出") : QStringLiteral("还差")) + quantity;
}

QString detail(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    if (!e.value)
        return statusWord(row);
    if (!e.target) // a reported statistic: the figure alone
        return QStringLiteral("为") + NumberFormat::withUnit(*e.value, row.indicator);
    if (row.indicator.isPercentage())
        return relativeText(row);
    if (isCeiling(row))
        return relativeText(row);
    const QString done = QStringLiteral("完成年度目标的") + percentValue(e.completion.value_or(0.0));
    if (e.status == Status::Missed)
        return done + QStringLiteral("，未完成年度目标");
    if (e.status == Status::Met)
        return done + (e.reachedEarly ? QStringLiteral("，提前完成年度目标任务") : QString());
    if (!e.expected || !e.completion)
        return done;
    const double gap = *e.expected - *e.completion;
    if (gap <= 0.0)
        return done + QStringLiteral("，快于序时进度") + NumberFormat::points(gap);
    return done + QStringLiteral("，低于序时进度") + NumberFormat::points(gap);
}

QString relativeText(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    if (!e.value || !e.target)
        return statusWord(row);
    const Indicator &indicator = row.indicator;
    const QString value = NumberFormat::withUnit(*e.value, indicator);
    if (isCeiling(row)) {
        const bool kept = e.shortfall.value_or(0.0) <= 0.0;
        if (indicator.isPercentage()) {
            const double below = *e.target - *e.value;
            if (kept)
                return QStringLiteral("控制在%1，比控制目标%2低%3")
                    .arg(value, NumberFormat::withUnit(*e.target, indicator),
                         NumberFormat::points(below));
            return QStringLiteral("为%1，超出控制目标%2")
                .arg(value, NumberFormat::points(below));
        }
        if (kept)
            return QStringLiteral("为%1，未超过控制目标%2")
                .arg(value, NumberFormat::withUnit(*e.target, indicator));
        return QStringLiteral("为%1，超出控制目标%2")
            .arg(value, NumberFormat::withUnit(e.shortfall.value_or(0.0), indicator));
    }
    const double difference = e.differencePp.value_or(*e.value - *e.target);
    const bool growth = indicator.kind == IndicatorKind::Growth;
    const QString lead = growth ? QStringLiteral("增速") + value : QStringLiteral("达到") + value;
    const QString goal = growth ? QStringLiteral("预期目标") : QStringLiteral("年度目标");
    if (NumberFormat::number(std::abs(difference), 1) == NumberFormat::number(0.0, 1))
        return lead + QStringLiteral("，与") + goal + QStringLiteral("持平");
    return lead + (difference > 0 ? QStringLiteral("，超出") : QStringLiteral("，低于")) + goal
           + NumberFormat::points(difference);
}

} // namespace zhibiao::DashboardWording
