#include "report/reportbuilder.h"

#include "core/numberformat.h"
#include "report/indicatorsection.h"
#include "report/placeholderresolver.h"
#include "report/targetproposer.h"

namespace zhibiao {

Phrasebook::Slots ReportBuilder::commonSlots(const ReportData &data) const
{
    return {{QStringLiteral("city"), data.isCity ? data.profile.city : data.orgUnitName},
            {QStringLiteral("bureau"), data.profile.bureau},
            {QStringLiteral("org"), data.orgUnitName},
            {QStringLiteral("year"), QString::number(data.period.year)},
            {QStringLiteral("nextYear"), QString::number(data.period.year + 1)}};
}

Report ReportBuilder::build(const ReportData &data) const
{
    const Phrasebook::Slots slots = commonSlots(data);
    Report report;
    report.elements << ReportTitle{Phrasebook::fill(m_book.text(QStringLiteral("title")), slots)};
    report.elements << ReportParagraph{Phrasebook::fill(m_book.text(QStringLiteral("opening")), slots), {}};

    report.elements << ReportHeading{Phrasebook::fill(m_book.text(QStringLiteral("section1")), slots), 1};
    const IndicatorSection section(m_book, data.orgUnitName, data.period, data.rows);
    for (const ReportParagraph &paragraph : section.paragraphs())
        report.elements << paragraph;

    report.elements << ReportHeading{Phrasebook::fill(m_book.text(QStringLiteral("section2")), slots), 1};
    addNarratives(report, data, data.practice);

    report.elements << ReportHeading{Phrasebook::fill(m_book.text(QStringLiteral("section3")), slots), 1};
    addNarratives(report, data, data.plan);
    addProposals(report, data, static_cast<int>(data.plan.size()) + 1);
    report.unresolved.removeDuplicates();
    return report;
}

void ReportBuilder::addNarratives(Report &report, const ReportData &data, const QList<Narrative> &narratives) const
{
    if (narratives.isEmpty()) {
        report.elements << ReportParagraph{m_book.text(QStringLiteral("noNarrative")), {}};
        return;
    }
    const PlaceholderResolver resolver(data.rowsByOrgUnit, data.orgUnitCode, m_book.text(QStringLiteral("unresolved")));
    int ordinal = 0;
    for (const Narrative &narrative : narratives) {
        const PlaceholderResolver::Result body = resolver.resolve(narrative.body.trimmed());
        const PlaceholderResolver::Result theme = resolver.resolve(narrative.theme.trimmed());
        report.unresolved << theme.unresolved << body.unresolved;
        const QString lead = Phrasebook::fill(m_book.text(QStringLiteral("themeLead")),
                                              {{QStringLiteral("ordinal"), m_book.ordinal(++ordinal)},
                                               {QStringLiteral("theme"), theme.text}});
        report.elements << ReportParagraph{body.text, lead};
    }
}

void ReportBuilder::addProposals(Report &report, const ReportData &data, int ordinal) const
{
    const QList<TargetProposal> proposals = TargetProposer::propose(data.rows, data.previousYear);
    if (proposals.isEmpty())
        return;
    Phrasebook::Slots slots = commonSlots(data);
    slots.insert(QStringLiteral("ordinal"), m_book.ordinal(ordinal));
    report.elements << ReportParagraph{Phrasebook::fill(m_book.text(QStringLiteral("proposalIntro")), slots),
                                       Phrasebook::fill(m_book.text(QStringLiteral("proposalLead")), slots)};
    ReportTable table;
    table.columnWeights = {38, 10, 15, 15, 22};
    table.header = Phrasebook::fill(m_book.text(QStringLiteral("proposalHeader")), slots).split(QLatin1Char('|'));
    for (const TargetProposal &p : proposals) {
        const int precision = p.indicator.precision;
        table.rows << QStringList{p.indicator.name, p.indicator.unit,
                                  NumberFormat::number(p.currentTarget, precision),
                                  p.currentValue ? NumberFormat::number(*p.currentValue, precision) : QStringLiteral("—"),
                                  NumberFormat::number(p.proposed, precision)};
    }
    report.elements << table;
}

} // namespace zhibiao
