#pragma once

#include "core/period.h"
#include "core/statustable.h"
#include "report/clausewriter.h"
#include "report/phrasebook.h"
#include "report/reportcontent.h"

namespace zhibiao {

// Section 一 (年度主要任务指标完成情况): one paragraph "——{category}。…" per category in
// catalogue order, its sentences written from the evaluations by the phrasebook's rules.
class IndicatorSection
{
public:
    // subject: "全市" for the city, a county's name for a county. rows: the status table
    // of the org unit, in catalogue order.
    IndicatorSection(const Phrasebook &book, QString subject, Period period, QList<StatusRow> rows);

    QList<ReportParagraph> paragraphs() const;
    // The text of one category's paragraph.
    QString categoryText(const QString &category) const;

private:
    // withSubject: the first block of a paragraph names the subject ("全市"); the
    // sub-projects after it do not repeat it.
    QString blockText(const QList<const StatusRow *> &rows, const QString &subcategory, bool withSubject) const;
    QList<QList<ClauseItem>> groups(const QList<ClauseItem> &items) const;
    QString lead(int quarter) const;

    const Phrasebook &m_book;
    QString m_subject;
    Period m_period;
    QList<StatusRow> m_rows;
    Phrasebook::Slots m_figures; // every indicator's figure, for phrase templates
};

} // namespace zhibiao
