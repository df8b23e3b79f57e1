#pragma once

#include "report/phrasebook.h"
#include "report/reportcontent.h"
#include "report/reportdata.h"
#include "report/targetproposer.h"

#include <QCoreApplication>

namespace zhibiao {

// Computes the report's content from the data: title, an opening drawn from the data (how
// many targets were met or are on course, which were not, under whose guidance as the
// profile says), section 一 from the evaluations, sections 二 and 三 from the narratives
// with their placeholders bound, the table of proposed next-year targets (a whole year
// only), and the 落款. What it could not say is listed in Report::issues. Rendering is the
// renderers' business.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportBuilder)

public:
    explicit ReportBuilder(const Phrasebook &book) : m_book(book) {}

    Report build(const ReportData &data) const;

private:
    void addNarratives(Report &report, const ReportData &data, const QList<Narrative> &narratives,
                       const QString &section) const;
    void addProposals(Report &report, const ReportData &data, int ordinal) const;
    Phrasebook::Slots commonSlots(const ReportData &data) const;
    QString opening(const ReportData &data) const;
    QString tally(const ReportData &data) const;
    QString names(const QStringList &names) const;
    QString subject(const ReportData &data) const;
    QString issuer(const ReportData &data) const;
    QString basisText(const TargetProposal &proposal, int year) const;
    static QString reasonText(int why, const QString &placeholder, const ReportData &data);

    const Phrasebook &m_book;
};

} // namespace zhibiao
