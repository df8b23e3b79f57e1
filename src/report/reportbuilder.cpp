#include "report/reportbuilder.h"

#include "core/numberformat.h"
#include "report/indicatorsection.h"
#include "report/placeholderresolver.h"
#include "report/targetproposer.h"

namespace zhibiao {

namespace {

constexpr qsizetype kNamedAtMost = 3;

// The 落款's date as official documents write it: "2019年12月20日".
QString chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

bool judged(const StatusRow &row)
{
    return row.evaluation.target && row.evaluation.value && !row.indicator.retired;
}

} // namespace

Phrasebook::Slots ReportBuilder::commonSlots(const ReportData &data) const
{
    const QString period = m_book.periodName(data.period.quarter);
    return {{QStringLiteral("city"), data.isCity ? data.profile.city : data.orgUnitName},
            {QStringLiteral("bureau"), data.profile.bureau},
            {QStringLiteral("issuer"), issuer(data)},
            {QStringLiteral("org"), subject(data)},
            {QStringLiteral("year"), QString::number(data.period.year)},
            {QStringLiteral("nextYear"), QString::number(data.period.year + 1)},
            {QStringLiteral("period"), period}};
}

QString ReportBuilder::subject(const ReportData &data) const
{
    if (!data.isCity)
        return data.orgUnitName;
    // The whole of what the bureau serves, by its level: 全市, 全县, 全区, 全州, 全旗, 全盟.
    static const QString levels = QStringLiteral("市县区州旗盟");
    const QString city = data.profile.city.trimmed();
    const QChar level = !city.isEmpty() && levels.contains(city.back()) ? city.back() : QChar(u'市');
    return Phrasebook::fill(m_book.text(QStringLiteral("citySubject")), {{QStringLiteral("level"), QString(level)}});
}

QString ReportBuilder::issuer(const ReportData &data) const
{
    // A county's report is issued by the county's bureau of the same name.
    return data.isCity ? data.profile.issuerOrDefault() : data.orgUnitName + data.profile.bureau;
}

QString ReportBuilder::names(const QStringList &names) const
{
    if (names.size() <= kNamedAtMost)
        return names.join(m_book.join(QStringLiteral("list")));
    return Phrasebook::fill(m_book.text(QStringLiteral("namesMore")),
                            {{QStringLiteral("names"), names.first(kNamedAtMost).join(m_book.join(QStringLiteral("list")))},
                             {QStringLiteral("count"), QString::number(names.size())}});
}

QString ReportBuilder::tally(const ReportData &data) const
{
    int total = 0;
    int met = 0;
    int early = 0;
    QStringList missed;
    QStringList behind;
    QStringList over; // ceilings broken before the year's end: over, not behind, the schedule
    QStringList unreported; // a target but no figure yet: counted, and named, not judged
    for (const StatusRow &row : data.rows) {
        if (row.evaluation.target && !row.evaluation.value && !row.indicator.retired)
            unreported << row.indicator.name;
        if (!judged(row))
            continue;
        ++total;
        const Status status = row.evaluation.status;
        if (status == Status::Met || (data.period.quarter < 4 && status == Status::Ahead)) {
            ++met;
            early += status == Status::Met && row.evaluation.reachedEarly ? 1 : 0;
        } else if (status == Status::Missed) {
            missed << row.indicator.name;
        } else if (status == Status::Behind || status == Status::SeriouslyBehind) {
            (row.indicator.direction == Direction::Ceiling ? over : behind) << row.indicator.name;
        }
    }
    if (total == 0)
        return m_book.text(QStringLiteral("tallyNone"));
    auto count = [](qsizetype n) { return QString::number(n); };
    // "，2项滞后于序时进度（甲、乙）": a phrase with how many and which, or nothing for none.
    const auto listed = [&](const char *key, const QStringList &which) {
        return which.isEmpty() ? QString()
                               : Phrasebook::fill(m_book.text(QLatin1String(key)),
                                                  {{QStringLiteral("count"), count(which.size())},
                                                   {QStringLiteral("names"), names(which)}});
    };
    const QString unreportedText = listed("tallyUnreported", unreported);
    const QString targeted = count(total + unreported.size());
    if (data.period.quarter >= 4) {
        const int done = total - static_cast<int>(missed.size());
        const QString earlyText = early > 0 ? Phrasebook::fill(m_book.text(QStringLiteral("tallyYearEarly")),
                                                               {{QStringLiteral("count"), count(early)}})
                                            : QString();
        // "均已完成" only when every indicator with a target has its figure and met it.
        const QString missedText = missed.isEmpty() && unreported.isEmpty()
                                       ? m_book.text(QStringLiteral("tallyYearAllMet"))
                                       : listed("tallyYearMissed", missed);
        return Phrasebook::fill(m_book.text(QStringLiteral("tallyYear")),
                                {{QStringLiteral("total"), targeted},
                                 {QStringLiteral("met"), count(done)},
                                 {QStringLiteral("early"), earlyText},
                                 {QStringLiteral("missed"), missedText + unreportedText}});
    }
    int reached = 0;
    for (const StatusRow &row : data.rows)
        reached += judged(row) && row.evaluation.status == Status::Met ? 1 : 0;
    const QString metText = reached > 0 ? Phrasebook::fill(m_book.text(QStringLiteral("tallyPartMet")),
                                                           {{QStringLiteral("count"), count(reached)}})
                                        : QString();
    return Phrasebook::fill(m_book.text(QStringLiteral("tallyPart")),
                            {{QStringLiteral("total"), targeted},
                             {QStringLiteral("onCourse"), count(total - behind.size() - over.size() - missed.size())},
                             {QStringLiteral("met"), metText},
                             {QStringLiteral("behind"), listed("tallyPartBehind", behind)},
                             {QStringLiteral("over"), listed("tallyPartOver", over) + unreportedText}});
}

QString ReportBuilder::opening(const ReportData &data) const
{
    Phrasebook::Slots slots = commonSlots(data);
    const bool fullYear = data.period.quarter >= 4;
    slots.insert(QStringLiteral("periodLead"),
                 fullYear ? Phrasebook::fill(m_book.text(QStringLiteral("yearLead")), slots)
                          : Phrasebook::fill(m_book.text(QStringLiteral("periodLead")), slots));
    slots.insert(QStringLiteral("reportPeriod"),
                 Phrasebook::fill(m_book.text(fullYear ? QStringLiteral("reportPeriodYear")
                                                       : QStringLiteral("reportPeriodPart")),
                                  slots));
    slots.insert(QStringLiteral("leadership"),
                 data.profile.leadership.isEmpty()
                     ? QString()
                     : Phrasebook::fill(m_book.text(QStringLiteral("leadership")),
                                        {{QStringLiteral("leadership"), data.profile.leadership}}));
    slots.insert(QStringLiteral("tally"), tally(data));
    return Phrasebook::fill(m_book.text(QStringLiteral("opening")), slots);
}

Report ReportBuilder::build(const ReportData &data) const
{
    const Phrasebook::Slots slots = commonSlots(data);
    Report report;
    report.elements << ReportTitle{Phrasebook::fill(m_book.text(QStringLiteral("title")), slots)};
    report.elements << ReportParagraph{opening(data), {}};

    const QString section1 = Phrasebook::fill(m_book.text(QStringLiteral("section1")), slots);
    report.elements << ReportHeading{section1, 1};
    const IndicatorSection section(m_book, subject(data), data.period, data.rows);
    for (const ReportParagraph &paragraph : section.paragraphs())
        report.elements << paragraph;
    for (const QString &category : section.emptyCategories())
        report.issues << ReportIssue{section1, category,
                                     tr("no figure of this category in %1 up to Q%2; it is left out of the report")
                                         .arg(data.period.year)
                                         .arg(data.period.quarter)};

    const QString section2 = Phrasebook::fill(m_book.text(QStringLiteral("section2")), slots);
    report.elements << ReportHeading{section2, 1};
    addNarratives(report, data, data.practice, section2);

    const QString section3 = Phrasebook::fill(m_book.text(QStringLiteral("section3")), slots);
    report.elements << ReportHeading{section3, 1};
    addNarratives(report, data, data.plan, section3);
    addProposals(report, data, static_cast<int>(data.plan.size()) + 1);

    const QDate date = data.profile.reportDate.isValid() ? data.profile.reportDate : data.issuedOn;
    report.elements << ReportSignature{issuer(data), date.isValid() ? chineseDate(date) : QString()};
    report.unresolved.removeDuplicates();
    return report;
}

QString ReportBuilder::reasonText(int why, const QString &placeholder, const ReportData &data)
{
    using Why = PlaceholderResolver::Why;
    switch (static_cast<Why>(why)) {
    case Why::Malformed:
        return tr("not a placeholder this program knows (write {{CODE.value}}, {{CODE.target}}, {{CODE.completion}}, "
                  "{{CODE.number}}, {{CODE.next_target}}, {{CODE.difference}}, {{period}}, optionally @ORG and :DECIMALS)");
    case Why::UnknownIndicator:
        return tr("no indicator of that code in the catalogue");
    case Why::UnknownOrgUnit:
        return tr("no org unit of that code");
    case Why::NoFigure:
        return tr("no figure of it in %1 up to Q%2").arg(data.period.year).arg(data.period.quarter);
    case Why::NoTarget:
        return tr("it has no target for %1").arg(data.period.year);
    case Why::NoNextTarget:
        return tr("no target for %1 has been adopted yet").arg(data.period.year + 1);
    }
    return placeholder;
}

void ReportBuilder::addNarratives(Report &report, const ReportData &data, const QList<Narrative> &narratives,
                                  const QString &section) const
{
    if (narratives.isEmpty()) {
        report.elements << ReportParagraph{m_book.text(QStringLiteral("noNarrative")), {}};
        report.issues << ReportIssue{section, {}, tr("no text has been written for this section")};
        return;
    }
    PlaceholderResolver resolver(data.rowsByOrgUnit, data.orgUnitCode, m_book.text(QStringLiteral("unresolved")));
    resolver.setPeriod(data.period.year, m_book.periodName(data.period.quarter));
    resolver.setNextYearTargets(data.nextYearTargets);
    int ordinal = 0;
    for (const Narrative &narrative : narratives) {
        const PlaceholderResolver::Result body = resolver.resolve(narrative.body.trimmed());
        const PlaceholderResolver::Result theme = resolver.resolve(narrative.theme.trimmed());
        report.unresolved << theme.unresolved << body.unresolved;
        for (const PlaceholderResolver::Result *part : {&theme, &body}) {
            for (const PlaceholderResolver::Unresolved &gap : part->reasons)
                report.issues << ReportIssue{section + QStringLiteral(" / ") + narrative.theme, gap.placeholder,
                                             reasonText(static_cast<int>(gap.why), gap.placeholder, data)};
        }
        const QString lead = Phrasebook::fill(m_book.text(QStringLiteral("themeLead")),
                                              {{QStringLiteral("ordinal"), m_book.ordinal(++ordinal)},
                                               {QStringLiteral("theme"), theme.text}});
        report.elements << ReportParagraph{body.text, lead};
    }
}

QString ReportBuilder::basisText(const TargetProposal &proposal, int year) const
{
    using Basis = TargetProposal::Basis;
    const Indicator &indicator = proposal.indicator;
    const Phrasebook::Slots slots{
        {QStringLiteral("year"), QString::number(year)},
        {QStringLiteral("growth"), NumberFormat::percent(proposal.growth * 100.0)},
        {QStringLiteral("value"), proposal.currentValue ? NumberFormat::withUnit(*proposal.currentValue, indicator)
                                                        : QString()}};
    static const QHash<Basis, QString> keys = {{Basis::Grown, QStringLiteral("basisGrown")},
                                               {Basis::AtLeastFigure, QStringLiteral("basisFigure")},
                                               {Basis::MissedKept, QStringLiteral("basisMissed")},
                                               {Basis::CeilingKept, QStringLiteral("basisCeiling")},
                                               {Basis::GrowthKept, QStringLiteral("basisGrowth")},
                                               {Basis::RateRaised, QStringLiteral("basisRateRaised")},
                                               {Basis::RateKept, QStringLiteral("basisRateKept")},
                                               {Basis::SumOfCounties, QStringLiteral("basisSum")}};
    return Phrasebook::fill(m_book.text(keys.value(proposal.basis)), slots);
}

void ReportBuilder::addProposals(Report &report, const ReportData &data, int ordinal) const
{
    Phrasebook::Slots slots = commonSlots(data);
    slots.insert(QStringLiteral("ordinal"), m_book.ordinal(ordinal));
    // Proposals need a whole year: nine months against a full year's target prove nothing.
    if (data.period.quarter < 4) {
        report.elements << ReportParagraph{Phrasebook::fill(m_book.text(QStringLiteral("proposalPartYear")), slots),
                                           Phrasebook::fill(m_book.text(QStringLiteral("proposalLead")), slots)};
        return;
    }
    QList<TargetProposer::Year> counties;
    for (const QString &child : data.childOrgUnits)
        counties << TargetProposer::Year{data.rowsByOrgUnit.value(child), data.previousYearByOrgUnit.value(child)};
    const QList<TargetProposal> proposals = TargetProposer::propose({data.rows, data.previousYear}, counties);
    if (proposals.isEmpty())
        return;
    report.elements << ReportParagraph{Phrasebook::fill(m_book.text(QStringLiteral("proposalIntro")), slots),
                                       Phrasebook::fill(m_book.text(QStringLiteral("proposalLead")), slots)};
    ReportTable table;
    slots.insert(QStringLiteral("number"), QStringLiteral("1"));
    table.caption = Phrasebook::fill(m_book.text(QStringLiteral("proposalCaption")), slots);
    table.columnWeights = {25, 9, 14, 14, 16, 22}; // 单位 wide enough for 万人次
    table.header = Phrasebook::fill(m_book.text(QStringLiteral("proposalHeader")), slots).split(QLatin1Char('|'));
    for (const TargetProposal &p : proposals) {
        const int precision = p.indicator.precision;
        table.rows << QStringList{p.indicator.name,
                                  p.indicator.unit,
                                  NumberFormat::figure(p.currentTarget, precision),
                                  p.currentValue ? NumberFormat::figure(*p.currentValue, precision) : QStringLiteral("—"),
                                  NumberFormat::figure(p.proposed, precision),
                                  basisText(p, data.period.year)};
    }
    report.elements << table;
}

} // namespace zhibiao
