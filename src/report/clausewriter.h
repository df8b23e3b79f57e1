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

// One indicator as the section states it.
struct ClauseItem
{
    const StatusRow *row = nullptr;
    QString name;          // the name as written here (sub-project or parent prefix removed)
    QString phrase;        // subject and figure, e.g. "城镇新增就业5.04万人"
    bool overridden = false; // the phrase came from the indicator's own template
    bool child = false;    // a "其中" part of the item before it
    bool firstChild = false;
    ClauseShape shape = ClauseShape::Plain;
};

// Writes the clause of a group of adjacent indicators of the same shape (one item is a
// group of one). Every verdict is computed from the evaluations.
class ClauseWriter
{
public:
    explicit ClauseWriter(const Phrasebook &book) : m_book(book) {}

    QString write(const QList<ClauseItem> &group) const;
    // The default or overridden phrase of an item; slots hold every indicator's figure.
    QString phrase(const ClauseItem &item, const Phrasebook::Slots &figures) const;
    Phrasebook::Slots slotsFor(const StatusRow &row, const QString &name) const;

    // Names sharing a head of at least this many characters are written once
    // ("劳动人事争议案件调解率、结案率"); returns the merged text, or a null string.
    static QString mergeNames(const QStringList &names, const QString &separator,
                              const QStringList &preferredHeads = {}, QStringList *shortNames = nullptr);

private:
    QString flow(const QList<ClauseItem> &group) const;
    QString stock(const QList<ClauseItem> &group) const;
    QString rate(const QList<ClauseItem> &group) const;
    QString plain(const QList<ClauseItem> &group) const;
    QString single(const ClauseItem &item) const;
    QString verdict(const ClauseItem &item, const QString &namePrefix) const;
    QString flowCompletion(const ClauseItem &item) const;
    QString clause(const QString &key, const ClauseItem &item, const QString &name = {}) const;

    const Phrasebook &m_book;
};

} // namespace zhibiao
