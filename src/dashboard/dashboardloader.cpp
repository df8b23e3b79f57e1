#include "dashboard/dashboardloader.h"

#include "core/countysum.h"
#include "storage/cataloguerepository.h"
#include "storage/dashboardrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/quarterstaterepository.h"

namespace zhibiao {

DashboardSource DashboardLoader::load(Period period) const
{
    DashboardSource source;
    source.year = period.year;
    source.catalogue = CatalogueRepository(m_db).indicators(false);
    source.orgTree = OrgUnitRepository(m_db).tree();
    const DashboardRepository figures(m_db);
    source.thisYear = figures.yearFigures(period.year);
    source.lastYear = figures.yearFigures(period.year - 1);
    // The city's figures are its counties' sums, as in every other view.
    applyCountySums(source.thisYear, source.orgTree, source.catalogue);
    applyCountySums(source.lastYear, source.orgTree, source.catalogue);

    QHash<QString, QuarterStatus> states;
    for (const QuarterStatus &status : QuarterStateRepository(m_db).statuses(period))
        states.insert(status.orgUnitCode, status);
    const auto add = [&](const OrgUnit &unit) {
        const QuarterStatus status = states.value(unit.code);
        source.completeness << CompletenessRow{unit.code, unit.name, status.state, status.changedBy,
                                               status.changedAt};
    };
    if (const OrgUnit *root = source.orgTree.root()) {
        add(*root);
        for (const OrgUnit &unit : source.orgTree.children(root->code))
            add(unit);
    }
    return source;
}

QList<AuditEntry> DashboardLoader::history(const QString &indicatorCode,
                                           const QString &orgUnitCode, int year) const
{
    QList<AuditEntry> figures;
    for (const AuditEntry &entry : AuditRepository(m_db).entries(indicatorCode, orgUnitCode, year))
        if (entry.entity == QLatin1String("figure"))
            figures << entry;
    return figures;
}

} // namespace zhibiao
