#include "storage/figurerepository.h"

#include "storage/codetablecache.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/auditrepository.h"
#include "storage/quarterstaterepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "storage/valuetable.h"

#include <QCoreApplication>

namespace zhibiao {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT i.code, o.code, f.year, f.quarter, f.value, f.note FROM figures f "
    "JOIN indicators i ON i.id = f.indicator_id JOIN org_units o ON o.id = f.org_unit_id ");

ValueRow rowOf(const Figure &figure, bool remove)
{
    return ValueRow{figure.indicatorCode, figure.orgUnitCode, figure.period.year, figure.period.quarter,
                    remove ? 0.0 : figure.value, remove ? QString() : figure.note, remove, std::nullopt};
}

Figure readFigure(const Statement &query)
{
    return Figure{query.value(0).toString(), query.value(1).toString(),
                  Period{query.value(2).toInt(), query.value(3).toInt()},
                  query.value(4).toDouble(), query.value(5).toString()};
}
} // namespace

QList<Figure> FigureRepository::figures(int year) const
{
    Statement query(m_db.connection(),
                    kSelect + QStringLiteral("WHERE (? = 0 OR f.year = ?) "
                                             "ORDER BY f.year, o.sort_order, o.code, i.sort_order, "
                                             "i.code, f.quarter"));
    query.bind(year).bind(year).exec();
    QList<Figure> result;
    while (query.next())
        result << readFigure(query);
    return result;
}

QList<int> FigureRepository::years() const
{
    // One seek per year on figures_period: the next year after the last one found.
    Statement query(m_db.connection(),
                    QStringLiteral("WITH RECURSIVE y(year) AS (SELECT MIN(year) FROM figures "
                                   "UNION ALL SELECT (SELECT MIN(year) FROM figures WHERE year > y.year) "
                                   "FROM y WHERE y.year IS NOT NULL) "
                                   "SELECT year FROM y WHERE year IS NOT NULL"));
    return query.exec().firstColumnInts();
}

std::optional<Period> FigureRepository::latestPeriod() const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT year, quarter FROM figures ORDER BY year DESC, quarter DESC LIMIT 1"));
    query.exec();
    if (!query.next())
        return std::nullopt;
    return Period{query.value(0).toInt(), query.value(1).toInt()};
}

std::optional<Figure> FigureRepository::find(const QString &indicatorCode,
                                              const QString &orgUnitCode, Period period) const
{
    Statement query(m_db.connection(),
                    kSelect + QStringLiteral("WHERE i.code = ? AND o.code = ? AND f.year = ? "
                                             "AND f.quarter = ?"));
    query.bind(indicatorCode).bind(orgUnitCode).bind(period.year).bind(period.quarter).exec();
    if (!query.next())
        return std::nullopt;
    return readFigure(query);
}

YearFigures FigureRepository::statedYearFigures(int year, const QString &orgUnitCode, const OrgTree &tree,
                                                const QList<Indicator> &catalogue) const
{
    const YearFigures own = yearFigures(year, orgUnitCode);
    const QList<OrgUnit> children = tree.children(orgUnitCode);
    if (children.isEmpty())
        return own;
    QList<YearFigures> counties;
    for (const OrgUnit &child : children)
        counties << statedYearFigures(year, child.code, tree, catalogue);
    return withCountySums(own, counties, catalogue);
}

std::optional<Period> FigureRepository::latestPeriod(const QString &indicatorCode, const QString &orgUnitCode) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT f.year, f.quarter FROM figures f "
                                   "JOIN indicators i ON i.id = f.indicator_id "
                                   "JOIN org_units o ON o.id = f.org_unit_id "
                                   "WHERE i.code = ? AND o.code = ? ORDER BY f.year DESC, f.quarter DESC LIMIT 1"));
    query.bind(indicatorCode).bind(orgUnitCode).exec();
    if (!query.next())
        return std::nullopt;
    const Period period{query.value(0).toInt(), query.value(1).toInt()};
    query.finish();
    return period;
}

UpsertCounts FigureRepository::upsert(const QList<Figure> &figures, const QString &userName,
                                      const QString &auditNote) const
{
    return apply(figures, {}, userName, auditNote);
}

UpsertCounts FigureRepository::apply(const QList<Figure> &writes, const QList<Figure> &removals,
                                     const QString &userName, const QString &auditNote) const
{
    QList<ShownFigure> unchecked;
    QList<ShownFigure> uncheckedRemovals;
    for (const Figure &figure : writes)
        unchecked << ShownFigure{figure, std::nullopt};
    for (const Figure &figure : removals)
        uncheckedRemovals << ShownFigure{figure, std::nullopt};
    return applyIfUnchanged(unchecked, uncheckedRemovals, userName, auditNote).counts;
}

CheckedApply FigureRepository::applyIfUnchanged(const QList<ShownFigure> &writes,
                                                const QList<ShownFigure> &removals,
                                                const QString &userName,
                                                const QString &auditNote) const
{
    QList<ValueRow> rows;
    rows.reserve(writes.size() + removals.size());
    for (const ShownFigure &shown : writes)
        rows << rowOf(shown.figure, false);
    for (const ShownFigure &shown : removals)
        rows << rowOf(shown.figure, true);
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].shownVersion = (i < writes.size() ? writes.at(i) : removals.at(i - writes.size())).shownVersion;

    const ValueWrite write = ValueTable(m_db, ValueTable::Kind::Figures).write(rows, userName, auditNote);
    CheckedApply outcome{write.counts, {}, write.versions};
    for (const StoredValue &stored : write.stale) {
        const ValueRow &row = rows.at(stored.row);
        outcome.stale << StoredFigure{row.indicatorCode, row.orgUnitCode, Period{row.year, row.quarter},
                                      stored.value, stored.note, stored.version};
    }
    return outcome;
}

int FigureRepository::version(const QString &indicatorCode, const QString &orgUnitCode,
                              Period period) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT f.version FROM figures f "
                                   "JOIN indicators i ON i.id = f.indicator_id "
                                   "JOIN org_units o ON o.id = f.org_unit_id "
                                   "WHERE i.code = ? AND o.code = ? AND f.year = ? AND f.quarter = ?"));
    query.bind(indicatorCode).bind(orgUnitCode).bind(period.year).bind(period.quarter).exec();
    const int result = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return result;
}

VersionedWrite FigureRepository::updateIfUnchanged(const Figure &figure, int expectedVersion,
                                                   const QString &userName) const
{
    const CheckedApply result = applyIfUnchanged({ShownFigure{figure, expectedVersion}}, {}, userName);
    VersionedWrite outcome;
    outcome.written = result.written();
    if (outcome.written) {
        outcome.version = result.versions.value(0);
        outcome.current = figure;
        return outcome;
    }
    const StoredFigure &now = result.stale.constFirst();
    outcome.version = now.version;
    if (now.value)
        outcome.current = Figure{now.indicatorCode, now.orgUnitCode, now.period, *now.value, now.note};
    return outcome;
}

QHash<QString, QHash<QString, QuarterValues>> FigureRepository::childValues(int year, const QString &parentCode,
                                                                           const QString &category) const
{
    QHash<QString, QHash<QString, QuarterValues>> result;
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT o.code, i.code, f.quarter, f.value FROM figures f "
                                   "JOIN org_units o ON o.id = f.org_unit_id "
                                   "JOIN indicators i ON i.id = f.indicator_id "
                                   "WHERE o.parent_code = ? AND f.year = ? AND i.category = ?"));
    query.bind(parentCode).bind(year).bind(category).exec();
    while (query.next()) {
        const auto slot = static_cast<size_t>(query.value(2).toInt() - 1);
        if (slot > 3)
            continue;
        result[query.value(0).toString()][query.value(1).toString()][slot] = query.value(3).toDouble();
    }
    query.finish();
    return result;
}

YearFigures FigureRepository::yearFigures(int year, const QString &orgUnitCode) const
{
    YearFigures data;
    const std::shared_ptr<const CodeTableCache::OrgUnits> orgUnits = m_db.codeTables().orgUnits();
    const qint64 orgUnitId = orgUnits->idOfCode.value(orgUnitCode, 0);
    if (orgUnitId == 0)
        return data;
    std::shared_ptr<const CodeTableCache::Catalogue> catalogue = m_db.codeTables().catalogue();
    // By integer id, in the order of the unique index (org unit, year, indicator, quarter):
    // the rows of one indicator come together and cost one hash entry per map, keyed by the
    // catalogue's own code strings, instead of a text column and look-ups per row.
    Statement figures(m_db.connection(),
                      QStringLiteral("SELECT indicator_id, quarter, value, note, version FROM figures "
                                     "WHERE org_unit_id = ? AND year = ? ORDER BY indicator_id, quarter"));
    figures.bind(orgUnitId).bind(year).exec();
    // The catalogue's code of an indicator id (null: none, not even after a fresh read).
    auto codeOf = [&](qint64 id) -> const QString * {
        qsizetype index = catalogue->indexOfId.value(id, -1);
        if (index < 0) { // added by someone else since the catalogue was read
            m_db.codeTables().invalidate();
            catalogue = m_db.codeTables().catalogue();
            index = catalogue->indexOfId.value(id, -1);
        }
        return index < 0 ? nullptr : &catalogue->indicators.at(index).code;
    };
    qint64 current = 0;
    QuarterValues values{};
    std::array<QString, 4> notes;
    std::array<int, 4> versions{};
    auto flush = [&] {
        if (current == 0)
            return;
        if (const QString *code = codeOf(current)) {
            data.values.insert(*code, values);
            data.notes.insert(*code, notes);
            data.versions.insert(*code, versions);
        }
        values = {};
        notes = {};
        versions = {};
    };
    data.values.reserve(catalogue->indicators.size());
    data.notes.reserve(catalogue->indicators.size());
    data.versions.reserve(catalogue->indicators.size());
    while (figures.next()) {
        const qint64 indicatorId = figures.value(0).toLongLong();
        const auto slot = static_cast<size_t>(figures.value(1).toInt() - 1);
        if (slot > 3)
            continue;
        if (indicatorId != current) {
            flush();
            current = indicatorId;
        }
        values[slot] = figures.value(2).toDouble();
        notes[slot] = figures.value(3).toString();
        versions[slot] = figures.value(4).toInt();
    }
    flush();
    figures.finish();

    // From the catalogue's side, so that the unique index (indicator, org unit, year) serves
    // each look-up; from the targets' side SQLite would read the whole table.
    Statement targets(m_db.connection(),
                      QStringLiteral("SELECT t.indicator_id, t.value FROM indicators i CROSS JOIN targets t "
                                     "WHERE t.indicator_id = i.id AND t.org_unit_id = ? AND t.year = ?"));
    targets.bind(orgUnitId).bind(year).exec();
    data.targets.reserve(catalogue->indicators.size());
    while (targets.next()) {
        if (const QString *code = codeOf(targets.value(0).toLongLong()))
            data.targets.insert(*code, targets.value(1).toDouble());
    }
    return data;
}

} // namespace zhibiao
