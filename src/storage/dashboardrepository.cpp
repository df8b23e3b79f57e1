#include "storage/dashboardrepository.h"

#include "storage/codetablecache.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <array>
#include <memory>

namespace zhibiao {

namespace {
// One org unit's figures of one indicator while the rows are read.
struct QuarterRow
{
    QuarterValues values{};
    std::array<QString, 4> notes;
    bool noted = false;
};

quint64 pairKey(qint64 orgUnitId, qint64 indicatorId)
{
    return (static_cast<quint64>(orgUnitId) << 32) | static_cast<quint64>(indicatorId);
}
} // namespace

// By integer id, with the codes from the cached catalogue and org units (kept between
// refreshes): a row costs integer look-ups, and each org unit and indicator one entry keyed
// by the catalogue's own code strings, instead of two text columns and string look-ups per row.
QHash<QString, YearFigures> DashboardRepository::yearFigures(int year) const
{
    std::shared_ptr<const CodeTableCache::Catalogue> catalogue = m_db.codeTables().catalogue();
    std::shared_ptr<const CodeTableCache::OrgUnits> orgUnits = m_db.codeTables().orgUnits();
    QHash<qint64, QString> orgUnitCodeOfId;
    auto readCodes = [&] {
        orgUnitCodeOfId.clear();
        for (auto it = orgUnits->idOfCode.cbegin(); it != orgUnits->idOfCode.cend(); ++it)
            orgUnitCodeOfId.insert(it.value(), it.key());
    };
    readCodes();
    // The codes of a row's ids; null when either is unknown even after a fresh read of the
    // tables (a row added by someone else after they were read is found then).
    auto codesOf = [&](qint64 orgUnitId, qint64 indicatorId) -> std::pair<const QString *, const QString *> {
        qsizetype index = catalogue->indexOfId.value(indicatorId, -1);
        auto orgUnit = orgUnitCodeOfId.constFind(orgUnitId);
        if (index < 0 || orgUnit == orgUnitCodeOfId.cend()) {
            m_db.codeTables().invalidate();
            catalogue = m_db.codeTables().catalogue();
            orgUnits = m_db.codeTables().orgUnits();
            readCodes();
            index = catalogue->indexOfId.value(indicatorId, -1);
            orgUnit = orgUnitCodeOfId.constFind(orgUnitId);
        }
        if (index < 0 || orgUnit == orgUnitCodeOfId.cend())
            return {nullptr, nullptr};
        return {&orgUnit.value(), &catalogue->indicators.at(index).code};
    };

    const QSqlDatabase db = m_db.connection();
    Statement figures(db, QStringLiteral("SELECT org_unit_id, indicator_id, quarter, value, note FROM figures "
                                         "WHERE year = ?"));
    figures.bind(year).exec();
    QHash<quint64, QuarterRow> rows;
    rows.reserve(catalogue->indicators.size() * orgUnitCodeOfId.size());
    while (figures.next()) {
        const auto slot = static_cast<size_t>(figures.value(2).toInt() - 1);
        if (slot > 3)
            continue;
        QuarterRow &row = rows[pairKey(figures.value(0).toLongLong(), figures.value(1).toLongLong())];
        row.values[slot] = figures.value(3).toDouble();
        QString note = figures.value(4).toString();
        if (!note.isEmpty()) {
            row.notes[slot] = std::move(note);
            row.noted = true;
        }
    }
    figures.finish();

    // Gathered by org unit id first: a string-keyed look-up per org unit, not per row.
    QHash<qint64, YearFigures> byOrgUnit;
    QHash<qint64, const QString *> orgUnitCodes;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const auto orgUnitId = static_cast<qint64>(it.key() >> 32);
        const auto [orgUnit, code] = codesOf(orgUnitId, static_cast<qint64>(it.key() & 0xffffffffU));
        if (!orgUnit)
            continue;
        orgUnitCodes.insert(orgUnitId, orgUnit);
        YearFigures &unit = byOrgUnit[orgUnitId];
        if (unit.values.isEmpty())
            unit.values.reserve(catalogue->indicators.size());
        unit.values.insert(*code, it->values);
        if (it->noted)
            unit.notes.insert(*code, it->notes);
    }

    Statement targets(db, QStringLiteral("SELECT org_unit_id, indicator_id, value FROM targets WHERE year = ?"));
    targets.bind(year).exec();
    while (targets.next()) {
        const qint64 orgUnitId = targets.value(0).toLongLong();
        const auto [orgUnit, code] = codesOf(orgUnitId, targets.value(1).toLongLong());
        if (!orgUnit)
            continue;
        orgUnitCodes.insert(orgUnitId, orgUnit);
        byOrgUnit[orgUnitId].targets.insert(*code, targets.value(2).toDouble());
    }

    QHash<QString, YearFigures> result;
    result.reserve(byOrgUnit.size());
    for (auto it = byOrgUnit.begin(); it != byOrgUnit.end(); ++it)
        result.insert(*orgUnitCodes.value(it.key()), std::move(it.value()));
    return result;
}

} // namespace zhibiao
