#pragma once

#include "report/phrasebook.h"
#include "report/reportcontent.h"
#include "report/reportdata.h"

namespace zhibiao {

// Computes the report's content from the data: title, opening, section 一 from the
// evaluations, sections 二 and 三 from the narratives with their placeholders bound, and
// the table of proposed next-year targets. Rendering is the renderers' business.
class ReportBuilder
{
public:
    explicit ReportBuilder(const Phrasebook &book) : m_book(book) {}

    Report build(const ReportData &data) const;

private:
    void addNarratives(Report &report, const ReportData &data, const QList<Narrative> &narratives) const;
    void addProposals(Report &report, const ReportData &data, int ordinal) const;
    Phrasebook::Slots commonSlots(const ReportData &data) const;

    const Phrasebook &m_book;
};

} // namespace zhibiao
