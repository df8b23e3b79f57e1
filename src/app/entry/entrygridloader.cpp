#include "app/entry/entrygridloader.h"

#include "core/statustable.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/quarterstaterepository.h"

#include <algorithm>

namespace zhibiao {

namespace {

// Sorted by catalogue order, then each parent followed by its "其中" children.
QList<Indicator> withChildrenUnderParents(QList<Indicator> indicators)
{
    std::stable_sort(indicators.begin(), indicators.end(),
                     [](const Indicator &a, const Indicator &b) { return a.sortOrder < b.sortOrder; });
    QStringList codes;
    for (const Indicator &indicator : std::as_const(indicators))
        codes << indicator.code;
    QList<Indicator> ordered;
    const auto place = [&](const auto &self, const Indicator &indicator) -> void {
        ordered << indicator;
        for (const Indicator &child : std::as_const(indicators)) {
            if (child.parentCode == indicator.code)
                self(self, child);
        }
    };
    for (const Indicator &indicator : std::as_const(indicators)) {
        if (indicator.parentCode.isEmpty() || !codes.contains(indicator.parentCode))
            place(place, indicator);
    }
    return ordered;
}

int depthOf(const Indicator &indicator, const QList<Indicator> &all)
{
    int depth = 0;
    QString parent = indicator.parentCode;
    while (!parent.isEmpty() && depth < 8) {
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const Indicator &i) { return i.code == parent; });
        if (it == all.cend())
            break;
        ++depth;
        parent = it->parentCode;
    }
    return depth;
}

// One entry per county, in the tree's order, empty for a county that reported nothing.
QList<QuarterValues> countyValues(const QList<OrgUnit> &counties,
                                  const QHash<QString, QHash<QString, QuarterValues>> &byCounty,
                                  const QString &code)
{
    QList<QuarterValues> values;
    for (const OrgUnit &county : counties)
        values << byCounty.value(county.code).value(code);
    return values;
}

} // namespace

EntryGridData EntryGridLoader::load(const Database &db, const QString &category,
                                    const QString &subcategory, const QString &orgUnitCode,
                                    int year)
{
    EntryGridData data;
    data.category = category;
    data.subcategory = subcategory;
    data.orgUnitCode = orgUnitCode;
    data.year = year;

    QList<Indicator> chosen;
    for (const Indicator &indicator : CatalogueRepository(db).indicators(false)) {
        if (indicator.category == category
            && (subcategory.isEmpty() || indicator.subcategory == subcategory))
            chosen << indicator;
    }
    chosen = withChildrenUnderParents(chosen);

    const FigureRepository figures(db);
    const YearFigures own = figures.yearFigures(year, orgUnitCode);
    const YearFigures ownLastYear = figures.yearFigures(year - 1, orgUnitCode);
    // The counties' figures in two statements, not two per county.
    const OrgTree tree = OrgUnitRepository(db).tree();
    if (const OrgUnit *unit = tree.find(orgUnitCode))
        data.orgUnitName = unit->name;
    const QList<OrgUnit> counties = tree.children(orgUnitCode);
    QHash<QString, QHash<QString, QuarterValues>> countyFigures;
    QHash<QString, QHash<QString, QuarterValues>> countyFiguresLastYear;
    if (!counties.isEmpty()) {
        countyFigures = figures.childValues(year, orgUnitCode, category);
        countyFiguresLastYear = figures.childValues(year - 1, orgUnitCode, category);
    }

    const QuarterStateRepository states(db);
    for (int q = 1; q <= 4; ++q)
        data.quarterStates[static_cast<size_t>(q - 1)] = states.status(orgUnitCode, {year, q}).state;

    QString group;
    for (const Indicator &indicator : std::as_const(chosen)) {
        if (!indicator.subcategory.isEmpty() && indicator.subcategory != group) {
            group = indicator.subcategory;
            EntryGridRow heading;
            heading.kind = EntryGridRow::Kind::Group;
            heading.title = group;
            data.rows << heading;
        }
        EntryGridRow row;
        row.indicator = indicator;
        row.depth = depthOf(indicator, chosen);
        if (const auto it = own.targets.constFind(indicator.code); it != own.targets.cend())
            row.target = *it;
        row.values = own.values.value(indicator.code);
        row.notes = own.notes.value(indicator.code);
        row.versions = own.versions.value(indicator.code);
        row.lastYear = ownLastYear.values.value(indicator.code);
        if (!counties.isEmpty()) {
            row.countySum = sumOfCounties(indicator, countyValues(counties, countyFigures, indicator.code));
            if (row.countySum) {
                const auto before =
                    sumOfCounties(indicator, countyValues(counties, countyFiguresLastYear, indicator.code));
                row.lastYear = before ? before->values : QuarterValues{};
            }
        }
        data.rows << row;
    }
    return data;
}

} // namespace zhibiao
