#include "io/exporter.h"

#include "io/csv.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/targetrepository.h"

namespace zhibiao {

QByteArray Exporter::exportCsv(InterchangeKind kind, int year) const
{
    QList<QStringList> records{Interchange::columns(kind)};
    switch (kind) {
    case InterchangeKind::Indicators:
        for (const Indicator &i : CatalogueRepository(m_db).indicators(true))
            records << QStringList{i.code, i.category, i.subcategory, i.name, i.unit,
                                   toString(i.kind), toString(i.direction),
                                   QString::number(i.precision), i.parentCode,
                                   QString::number(i.sortOrder),
                                   i.schedule ? i.schedule->toString() : QString()};
        break;
    case InterchangeKind::OrgUnits:
        for (const OrgUnit &unit : OrgUnitRepository(m_db).tree().units())
            records << QStringList{unit.code, unit.name, unit.parentCode};
        break;
    case InterchangeKind::Targets:
        for (const Target &t : TargetRepository(m_db).targets(year))
            records << QStringList{t.indicatorCode, t.orgUnitCode, QString::number(t.year),
                                   Interchange::formatValue(t.value)};
        break;
    case InterchangeKind::Figures:
        for (const Figure &f : FigureRepository(m_db).figures(year))
            records << QStringList{f.indicatorCode, f.orgUnitCode, QString::number(f.period.year),
                                   QString::number(f.period.quarter),
                                   Interchange::formatValue(f.value), f.note};
        break;
    }
    return Csv::write(records);
}

} // namespace zhibiao
