#pragma once

#include "core/statustable.h"
#include "report/phrasebook.h"

#include <QList>
#include <QString>

namespace zhibiao {

// How an indicator is stated, from its kind, direction and whether it has a target.
enum class ClauseShape {
    Flow,        // cumulative flow with a target: 完成年度目标的X%
    Stock,       // stock with a target: 达到X，(提前)完成年度目标任务
    AbsCeiling,  // flow or stock that must stay under its target
    Rate,        // rate with a rate target: 超出/低于年度目标X个百分点
    RateCeiling, // rate that must stay under its target: 控制在X%以内
    Growth,      // growth with an expected growth: 增幅超年初预期目标X个百分点
    Plain,       // no target: the figure alone
};

ClauseShape clauseShape(const StatusRow &row);

// Where an indicator stands, as the sentence must say it: on course (met, ahead, kept),
// behind 序时进度 before Q4, or a target missed at year end. Only the first joins a 分别
// list; the others get a clause of their own that says by how much.
enum class ClauseStanding { OnCourse, Lagging, Missed };

ClauseStanding clauseStanding(const StatusRow &row);

// One indicator as the section states it.
struct ClauseItem
{
    const StatusRow *row = nullptr;
    QString name;            // the name as written here (sub-project or parent prefix removed)
    QString phrase;          // subject and figure, e.g. "城镇新增就业5.04万人"
    bool ownPhrase = false;  // the phrase is the indicator's own (from the catalogue)
    bool child = false;      // a "其中" part of the item before it
    bool firstChild = false;
    ClauseShape shape = ClauseShape::Plain;
    ClauseStanding standing = ClauseStanding::OnCourse;
};

// Writes the clause of a group of adjacent indicators of the same shape (one item is a
// group of one). Every verdict is computed from the evaluations; every number is written
// as bulletins write it (NumberFormat).
class ClauseWriter
{
public:
    explicit ClauseWriter(const Phrasebook &book) : m_book(book) {}

    QString write(const QList<ClauseItem> &group) const;
    // Whether the items' names share a head, so that they can be stated as one list
    // ("…保险参保人数分别达到…"): no own phrases, no "其中" parts.
    bool canName(const QList<ClauseItem> &group) const;
    // The item's phrase: the indicator's own template when it has one, else the default of
    // its shape. figures hold every indicator's figure ({CODE}, {CODE.number}).
    QString phrase(const ClauseItem &item, const Phrasebook::Slots &figures) const;
    Phrasebook::Slots slotsFor(const StatusRow &row, const QString &name) const;
    // The codes of other indicators an own phrase states ({MS06} inside MS05's): they are
    // not stated again on their own.
    static QStringList codesStatedBy(const QString &phraseTemplate, const QString &ownCode);

    // Names sharing a head of at least this many characters are written once
    // ("劳动人事争议案件调解率、结案率"); returns the merged text, or a null string.
    static QString mergeNames(const QStringList &names, const QString &separator,
                              const QStringList &preferredHeads = {}, QStringList *shortNames = nullptr);

private:
    QString flow(const QList<ClauseItem> &group) const;
    QString named(const QList<ClauseItem> &group) const;
    QString plain(const QList<ClauseItem> &group) const;
    QString single(const ClauseItem &item) const;
    QString verdict(const ClauseItem &item, const QString &memberName) const;
    QString flowVerdict(const ClauseItem &item) const;
    QString clause(const QString &key, const ClauseItem &item, const QString &name = {}) const;
    bool above(const ClauseItem &item) const;
    bool below(const ClauseItem &item) const;

    const Phrasebook &m_book;
};

} // namespace zhibiao
