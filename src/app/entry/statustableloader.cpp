#include "app/entry/statustableloader.h"

#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/targetrepository.h"

#include <algorithm>

namespace zhibiao {

QList<int> StatusTableLoader::years() const
{
    QList<int> years = FigureRepository(m_db).years() + TargetRepository(m_db).years();
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

std::optional<Period> StatusTableLoader::latestPeriod() const
{
    return FigureRepository(m_db).latestPeriod();
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
