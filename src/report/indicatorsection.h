#pragma once

#include "core/period.h"
#include "core/statustable.h"
#include "report/clausewriter.h"
#include "report/phrasebook.h"
#include "report/reportcontent.h"

namespace zhibiao {

// Section 一 (年度主要任务指标完成情况): one paragraph "——{category}。…" per category in
// catalogue order, its sentences written from the evaluations by the phrasebook's rules. A
// part-year report names its period once at the head of each paragraph (and again only
// where a figure belongs to another period); a category without any figure in the period
// is left out (emptyCategories()).
class IndicatorSection
{
public:
    // subject: "全市" for the city, a county's name for a county. rows: the status table
    // of the org unit, in catalogue order.
    IndicatorSection(const Phrasebook &book, QString subject, Period period, QList<StatusRow> rows);

    QList<ReportParagraph> paragraphs() const;
    // The text of one category's paragraph; empty when it has no figure in the period.
    QString categoryText(const QString &category) const;
    // The categories of the catalogue that have no figure in the period.
    QStringList emptyCategories() const;

private:
    struct Block
    {
        QString subcategory;
        QList<ClauseItem> items;
    };
    QList<ClauseItem> itemsOf(const QList<const StatusRow *> &rows, const QString &subcategory) const;
    QList<QList<ClauseItem>> groups(const QList<ClauseItem> &items) const;
    QList<Block> blocksOf(const QString &category) const;
    QString lead(int quarter) const;
    QStringList categories() const;

    const Phrasebook &m_book;
    QString m_subject;
    Period m_period;
    QList<StatusRow> m_rows;
    Phrasebook::Slots m_figures; // every indicator's figure, for phrase templates
};

} // namespace zhibiao
