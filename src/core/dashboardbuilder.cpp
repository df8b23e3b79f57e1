#include "core/dashboardbuilder.h"

#include "core/dashboardwording.h"
#include "core/numberformat.h"

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

int severity(Status status)
{
    switch (status) {
    case Status::Missed:
        return 3;
    case Status::SeriouslyBehind:
        return 2;
    case Status::Behind:
        return 1;
    default:
        return 0;
    }
}

// How far behind, comparable within one status: completion points under 序时进度 (or under
// 100 at year end) for absolute targets, 百分点 on the wrong side for rates and growth.
double gapOf(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    if (row.indicator.isPercentage())
        return e.shortfall.value_or(0.0);
    if (!e.completion)
        return 0.0;
    if (row.indicator.direction == Direction::Ceiling)
        return *e.completion - e.expected.value_or(100.0);
    const double expected = e.status == Status::Missed ? 100.0 : e.expected.value_or(100.0);
    return expected - *e.completion;
}

void count(CategoryCard &card, Status status)
{
    switch (status) {
    case Status::Ahead:
        ++card.ahead;
        break;
    case Status::Behind:
        ++card.behind;
        break;
    case Status::SeriouslyBehind:
        ++card.seriouslyBehind;
        break;
    case Status::Met:
        ++card.met;
        break;
    case Status::Missed:
        ++card.missed;
        break;
    case Status::NoTarget:
        ++card.noTarget;
        break;
    case Status::NoData:
        ++card.noData;
        break;
    }
}

QList<CategoryCard> buildCards(const QList<StatusRow> &rows)
{
    QList<CategoryCard> cards;
    QList<QStringList> serious, behind, missed;
    for (const StatusRow &row : rows) {
        auto it = std::find_if(cards.begin(), cards.end(), [&](const CategoryCard &c) {
            return c.category == row.indicator.category;
        });
        if (it == cards.end()) {
            cards << CategoryCard{};
            cards.last().category = row.indicator.category;
            serious << QStringList();
            behind << QStringList();
            missed << QStringList();
            it = cards.end() - 1;
        }
        const auto index = it - cards.begin();
        it->indicatorCodes << row.indicator.code;
        count(*it, row.evaluation.status);
        if (row.evaluation.status == Status::SeriouslyBehind)
            serious[index] << row.indicator.code;
        else if (row.evaluation.status == Status::Behind)
            behind[index] << row.indicator.code;
        else if (row.evaluation.status == Status::Missed)
            missed[index] << row.indicator.code;
    }
    for (qsizetype i = 0; i < cards.size(); ++i) {
        CategoryCard &card = cards[i];
        if (card.targeted() == 0)
            card.light = TrafficLight::Grey;
        else if (card.seriouslyBehind + card.missed > 0)
            card.light = TrafficLight::Red;
        else if (card.behind > 0)
            card.light = TrafficLight::Yellow;
        else
            card.light = TrafficLight::Green;
        card.lightWord = DashboardWording::lightWord(card.light);
        card.reason = DashboardWording::cardReason(card, serious[i], behind[i], missed[i]);
    }
    return cards;
}

} // namespace

const StatusRow *DashboardData::row(const QString &code) const
{
    for (const StatusRow &r : rows) {
        if (r.indicator.code == code)
            return &r;
    }
    return nullptr;
}

const RankingRow *CountyRanking::row(const QString &orgUnitCode) const
{
    for (const RankingRow &r : rows) {
        if (r.orgUnitCode == orgUnitCode)
            return &r;
    }
    return nullptr;
}

DashboardData DashboardBuilder::overview(Period period, const QString &orgUnitCode) const
{
    DashboardData data;
    data.period = period;
    data.orgUnitCode = orgUnitCode;
    if (const OrgUnit *unit = m_source.orgTree.find(orgUnitCode))
        data.orgUnitName = unit->name;
    data.rows = buildStatusTable(m_source.catalogue, m_source.thisYear.value(orgUnitCode), period,
                                 m_thresholds);
    data.cards = buildCards(data.rows);

    for (const StatusRow &row : std::as_const(data.rows)) {
        const Evaluation &e = row.evaluation;
        if (!e.value || !e.target)
            continue;
        if (row.indicator.hasAbsoluteTarget() && row.indicator.direction == Direction::Higher) {
            if (e.completion)
                data.completion << CompletionBar{row.indicator.code, row.indicator.name,
                                                 *e.completion, e.expected.value_or(100.0),
                                                 e.status, DashboardWording::statusWord(row),
                                                 NumberFormat::withUnit(*e.value, row.indicator),
                                                 NumberFormat::withUnit(*e.target, row.indicator)};
        } else {
            RelativeItem item;
            item.code = row.indicator.code;
            item.name = row.indicator.name;
            item.kind = row.indicator.kind;
            item.direction = row.indicator.direction;
            item.value = *e.value;
            item.target = *e.target;
            item.differencePp = e.differencePp;
            item.kept = e.status == Status::Ahead || e.status == Status::Met;
            item.status = e.status;
            item.statusWord = DashboardWording::statusWord(row);
            item.text = DashboardWording::relativeText(row);
            data.relative << item;
        }
        if (severity(e.status) > 0)
            data.warnings << WarningItem{row.indicator.code, row.indicator.name,
                                         row.indicator.category, e.status,
                                         DashboardWording::statusWord(row), gapOf(row),
                                         e.shortfall.value_or(0.0),
                                         DashboardWording::shortfallText(row),
                                         DashboardWording::detail(row), row.note};
    }
    std::stable_sort(data.completion.begin(), data.completion.end(),
                     [](const CompletionBar &a, const CompletionBar &b) {
                         return a.completion > b.completion;
                     });
    std::stable_sort(data.warnings.begin(), data.warnings.end(),
                     [](const WarningItem &a, const WarningItem &b) {
                         if (severity(a.status) != severity(b.status))
                             return severity(a.status) > severity(b.status);
                         return a.gap > b.gap;
                     });
    return data;
}

IndicatorTrend DashboardBuilder::trend(const QString &indicatorCode, Period period,
                                       const QString &orgUnitCode) const
{
    IndicatorTrend trend;
    trend.year = period.year;
    trend.lastQuarter = period.quarter;
    const Indicator *found = indicator(indicatorCode);
    if (!found)
        return trend;
    trend.indicator = *found;
    const YearFigures current = m_source.thisYear.value(orgUnitCode);
    const YearFigures previous = m_source.lastYear.value(orgUnitCode);
    trend.thisYear = current.values.value(indicatorCode);
    trend.lastYear = previous.values.value(indicatorCode);
    for (int q = period.quarter; q < 4; ++q)
        trend.thisYear[static_cast<size_t>(q)].reset(); // not yet due
    const auto target = current.targets.constFind(indicatorCode);
    if (target == current.targets.cend())
        return trend;
    trend.target = *target;
    const Schedule schedule = found->effectiveSchedule();
    for (int q = 1; q <= 4; ++q) {
        const double share = found->kind == IndicatorKind::Cumulative
                                 ? schedule.expectedShare(q) / 100.0
                                 : 1.0;
        trend.targetLine[static_cast<size_t>(q - 1)] = *target * share;
    }
    return trend;
}

CountyRanking DashboardBuilder::ranking(const QString &indicatorCode, Period period) const
{
    CountyRanking ranking;
    ranking.period = period;
    const Indicator *found = indicator(indicatorCode);
    const OrgUnit *root = m_source.orgTree.root();
    if (!found || !root)
        return ranking;
    ranking.indicator = *found;
    ranking.byCompletion = found->hasAbsoluteTarget();
    const bool ceiling = found->direction == Direction::Ceiling;

    QList<RankingRow> ranked, missing;
    for (const OrgUnit &unit : m_source.orgTree.children(root->code)) {
        const YearFigures figures = m_source.thisYear.value(unit.code);
        const auto target = figures.targets.constFind(indicatorCode);
        RankingRow row;
        row.orgUnitCode = unit.code;
        row.orgUnitName = unit.name;
        row.evaluation = evaluate(*found,
                                  target == figures.targets.cend() ? std::nullopt
                                                                   : std::optional<double>(*target),
                                  figures.values.value(indicatorCode), period, m_thresholds);
        const Evaluation &e = row.evaluation;
        row.statusWord = DashboardWording::statusWord(StatusRow{*found, e, {}});
        const std::optional<double> measure = ranking.byCompletion ? e.completion : e.differencePp;
        if (!e.value || !e.target || !measure) {
            row.scoreText = e.value && !e.target ? QStringLiteral("无目标") : QStringLiteral("无数据");
            missing << row;
            continue;
        }
        row.hasData = true;
        // Ranked so that better is higher: under a ceiling, less is better.
        row.score = ceiling ? -*measure : *measure;
        row.scoreText = ranking.byCompletion
                            ? NumberFormat::percent(*measure)
                            : (*measure > 0 ? QStringLiteral("+") : QString())
                                  + NumberFormat::number(*measure, 1) + QStringLiteral("个百分点");
        ranked << row;
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankingRow &a, const RankingRow &b) { return a.score > b.score; });
    // Scores equal as shown (one decimal) share a rank, and the next rank skips: 1, 2, 2, 4.
    QString previousShown;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const QString shown = NumberFormat::number(ranked[i].score, 1);
        ranked[i].rank = i > 0 && shown == previousShown ? ranked[i - 1].rank : static_cast<int>(i) + 1;
        previousShown = shown;
    }
    ranking.rows = ranked + missing;
    return ranking;
}

QString DashboardBuilder::defaultIndicator(const DashboardData &data)
{
    if (!data.warnings.isEmpty())
        return data.warnings.first().code;
    for (const StatusRow &row : data.rows) {
        if (row.evaluation.target)
            return row.indicator.code;
    }
    return data.rows.isEmpty() ? QString() : data.rows.first().indicator.code;
}

const Indicator *DashboardBuilder::indicator(const QString &code) const
{
    for (const Indicator &candidate : m_source.catalogue) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

} // namespace zhibiao
