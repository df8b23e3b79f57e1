#include "report/reportloader.h"

#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"

namespace zhibiao::ReportLoader {

ReportData load(const Database &db, Period period, QString orgUnitCode, bool *found)
{
    ReportData data;
    const OrgTree tree = OrgUnitRepository(db).tree();
    if (orgUnitCode.isEmpty() && tree.root())
        orgUnitCode = tree.root()->code;
    const OrgUnit *unit = tree.find(orgUnitCode);
    if (found)
        *found = unit != nullptr;
    if (!unit)
        return data;
    data.profile = ProfileRepository(db).profile();
    data.orgUnitCode = unit->code;
    data.orgUnitName = unit->name;
    data.isCity = unit->isRoot();
    data.period = period;

    const QList<Indicator> catalogue = CatalogueRepository(db).indicators(false);
    const FigureRepository figures(db);
    for (const OrgUnit &each : tree.units())
        data.rowsByOrgUnit.insert(each.code, buildStatusTable(catalogue, figures.yearFigures(period.year, each.code), period));
    data.rows = data.rowsByOrgUnit.value(unit->code);
    data.previousYear = buildStatusTable(catalogue, figures.yearFigures(period.year - 1, unit->code),
                                         Period{period.year - 1, 4});
    const NarrativeRepository narratives(db);
    data.practice = narratives.narratives(period.year, QStringLiteral("practice"));
    data.plan = narratives.narratives(period.year, QStringLiteral("plan"));
    return data;
}

} // namespace zhibiao::ReportLoader
