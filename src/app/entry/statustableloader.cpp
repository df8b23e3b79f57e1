#include "app/entry/statustableloader.h"

#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/targetrepository.h"

#include <algorithm>

namespace zhibiao {

QList<int> StatusTableLoader::years() const
{
    QList<int> years;
    for (const Figure &figure : FigureRepository(m_db).figures())
        years << figure.period.year;
    for (const Target &target : TargetRepository(m_db).targets())
        years << target.year;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

std::optional<Period> StatusTableLoader::latestPeriod() const
{
    std::optional<Period> latest;
    for (const Figure &figure : FigureRepository(m_db).figures()) {
        if (!latest || *latest < figure.period)
            latest = figure.period;
    }
    return latest;
}

QList<OrgUnit> StatusTableLoader::orgUnits() const
{
    const OrgTree tree = OrgUnitRepository(m_db).tree();
    QList<OrgUnit> ordered;
    const auto visit = [&](const auto &self, const OrgUnit &unit) -> void {
        ordered << unit;
        for (const OrgUnit &child : tree.children(unit.code))
            self(self, child);
    };
    if (const OrgUnit *root = tree.root())
        visit(visit, *root);
    return ordered;
}

QList<StatusRow> StatusTableLoader::load(Period period, const QString &orgUnitCode,
                                         const Thresholds &thresholds) const
{
    const QList<Indicator> catalogue = CatalogueRepository(m_db).indicators(false);
    const YearFigures stated = FigureRepository(m_db).statedYearFigures(period.year, orgUnitCode,
                                                                        OrgUnitRepository(m_db).tree(), catalogue);
    return buildStatusTable(catalogue, stated, period, thresholds);
}

} // namespace zhibiao
