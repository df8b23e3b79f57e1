#include "report/reportloader.h"

#include "core/countysum.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/targetrepository.h"

namespace zhibiao::ReportLoader {

ReportData load(const Database &db, Period period, QString orgUnitCode, bool *found, const Thresholds &thresholds)
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
    // Every org unit's year as every view states it (a city's additive figures are its
    // counties' sums).
    QHash<QString, YearFigures> thisYear;
    QHash<QString, YearFigures> lastYear;
    for (const OrgUnit &each : tree.units()) {
        thisYear.insert(each.code, figures.yearFigures(period.year, each.code));
        lastYear.insert(each.code, figures.yearFigures(period.year - 1, each.code));
    }
    applyCountySums(thisYear, tree, catalogue);
    applyCountySums(lastYear, tree, catalogue);
    for (const OrgUnit &each : tree.units()) {
        data.rowsByOrgUnit.insert(each.code, buildStatusTable(catalogue, thisYear.value(each.code), period, thresholds));
        data.previousYearByOrgUnit.insert(each.code, buildStatusTable(catalogue, lastYear.value(each.code),
                                                                      Period{period.year - 1, 4}, thresholds));
    }
    data.rows = data.rowsByOrgUnit.value(unit->code);
    data.previousYear = data.previousYearByOrgUnit.value(unit->code);
    for (const OrgUnit &child : tree.children(unit->code))
        data.childOrgUnits << child.code;
    for (const Target &target : TargetRepository(db).targets(period.year + 1))
        data.nextYearTargets.insert(target.indicatorCode + QLatin1Char('@') + target.orgUnitCode, target.value);
    data.issuedOn = QDate::currentDate();
    const NarrativeRepository narratives(db);
    data.practice = narratives.narratives(period.year, QStringLiteral("practice"));
    data.plan = narratives.narratives(period.year, QStringLiteral("plan"));
    return data;
}

} // namespace zhibiao::ReportLoader
