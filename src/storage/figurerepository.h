#pragma once

#include "core/countysum.h"
#include "core/figure.h"
#include "core/orgunit.h"
#include "core/statustable.h"
#include "storage/upsertcounts.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// The outcome of a write that checks the figure is still what the person was shown.
struct VersionedWrite
{
    bool written = false;          // false: someone else changed it first, nothing was written
    int version = 0;               // the row's version now (0: no such figure)
    std::optional<Figure> current; // the figure as it now is in the file
};

// A figure with the version its row had when it was shown (0: no row then; unset: write
// without checking).
struct ShownFigure
{
    Figure figure;
    std::optional<int> shownVersion;
};

// A figure's row as it is in the file now.
struct StoredFigure
{
    QString indicatorCode;
    QString orgUnitCode;
    Period period;
    std::optional<double> value; // nullopt: no such figure
    QString note;
    int version = 0;             // 0: no such figure
};

// The outcome of a batch written only if none of its figures changed since shown.
struct CheckedApply
{
    UpsertCounts counts;
    QList<StoredFigure> stale; // changed meanwhile by someone else: nothing at all was written
    QList<int> versions;       // after the write: the writes' then the removals', in order

    bool written() const { return stale.isEmpty(); }
};

// Quarterly figures. Every change is written with its audit row in the same transaction.
class FigureRepository
{
public:
    explicit FigureRepository(const Database &db) : m_db(db) {}

    QList<Figure> figures(int year = 0) const; // 0: every year
    // The years that have figures, in order, and the latest quarter with a figure: a few
    // index seeks, whatever the number of figures.
    QList<int> years() const;
    std::optional<Period> latestPeriod() const;
    // The latest quarter in which the indicator has a figure for the org unit.
    std::optional<Period> latestPeriod(const QString &indicatorCode, const QString &orgUnitCode) const;
    std::optional<Figure> find(const QString &indicatorCode, const QString &orgUnitCode,
                               Period period) const;
    UpsertCounts upsert(const QList<Figure> &figures, const QString &userName,
                        const QString &auditNote = {}) const;
    // Writes some figures and takes others away (an undone first entry), in one transaction;
    // a removal is audited with an empty new value. Only the keys of `removals` are used.
    UpsertCounts apply(const QList<Figure> &writes, const QList<Figure> &removals,
                       const QString &userName, const QString &auditNote = {}) const;
    // Like apply(), but writes nothing unless every figure's row still has the version it
    // had when shown; a stale batch returns those figures as they now are in the file.
    CheckedApply applyIfUnchanged(const QList<ShownFigure> &writes,
                                  const QList<ShownFigure> &removals, const QString &userName,
                                  const QString &auditNote = {}) const;
    // The row version that updateIfUnchanged compares against (0: no such figure).
    int version(const QString &indicatorCode, const QString &orgUnitCode, Period period) const;
    // Writes the figure only if its row still has expectedVersion (0: it did not exist when
    // shown), so that a change made meanwhile by someone else is never silently overwritten.
    VersionedWrite updateIfUnchanged(const Figure &figure, int expectedVersion,
                                     const QString &userName) const;
    // The quarter values, notes and targets of one org unit and year, for evaluation.
    YearFigures yearFigures(int year, const QString &orgUnitCode) const;
    // The org unit's year as every view states it: its counties' sums for the additive
    // indicators they report (withCountySums, applied from the bottom of the tree up).
    YearFigures statedYearFigures(int year, const QString &orgUnitCode, const OrgTree &tree,
                                  const QList<Indicator> &catalogue) const;
    // The quarter values of one category's indicators for every direct child of an org unit,
    // by child code then indicator code, in one statement: what the city's entry grid sums.
    QHash<QString, QHash<QString, QuarterValues>> childValues(int year, const QString &parentCode,
                                                              const QString &category) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
