#include "io/demobureau.h"

#include "io/narrativefile.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/narrativerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/profilerepository.h"
#include "storage/quarterstaterepository.h"
#include "storage/targetrepository.h"
#include "storage/userrepository.h"

#include <QFile>

namespace zhibiao::DemoBureau {

QByteArray file(InterchangeKind kind)
{
    QFile in(QStringLiteral(":/demo/%1.csv").arg(Interchange::name(kind)));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

namespace {
// The fictional bureau's name and the narratives of its 2018 and 2019 reports
// (resources/demo/narratives.csv: year,section,theme,sort,body).
void installReportTexts(const Database &db)
{
    ProfileRepository(db).save(BureauProfile{QStringLiteral("青禾市"), QStringLiteral("人力资源和社会保障局"), {},
                                             QStringLiteral("省人力资源和社会保障厅的指导和市委、市政府的领导"), {}},
                               installer());
    QFile in(QStringLiteral(":/demo/narratives.csv"));
    QList<ImportIssue> errors;
    const QList<Narrative> narratives = NarrativeFile::read(in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray(),
                                                            &errors);
    if (errors.isEmpty())
        NarrativeRepository(db).saveAll(narratives);
}

// The demo's reporting year as it stands in late 2019: 2018 and the first half of 2019
// approved everywhere, Q3 submitted by most counties, Q4 still open.
void setDemoWorkflow(const Database &db)
{
    const QuarterStateRepository states(db);
    const QString staff = QStringLiteral("staff");
    const QString leader = QStringLiteral("leader");
    const QList<OrgUnit> units = OrgUnitRepository(db).tree().units();
    for (const OrgUnit &unit : units) {
        for (const Period period : {Period{2018, 1}, Period{2018, 2}, Period{2018, 3}, Period{2018, 4},
                                    Period{2019, 1}, Period{2019, 2}, Period{2019, 3}}) {
            if (states.status(unit.code, period).state != QuarterState::Open)
                continue; // installed before: leave the workflow as it is
            const bool lastCounty = &unit == &units.last();
            if (period == Period{2019, 3} && lastCounty)
                continue;
            states.apply(unit.code, period, QuarterAction::Submit, staff);
            if (period != Period{2019, 3})
                states.apply(unit.code, period, QuarterAction::Approve, leader);
        }
    }
}
} // namespace

QString installer()
{
    return QStringLiteral("admin");
}

bool hasOwnData(const Database &db)
{
    return !CatalogueRepository(db).indicators(true).isEmpty() || !OrgUnitRepository(db).tree().units().isEmpty()
           || !TargetRepository(db).targets().isEmpty() || !FigureRepository(db).figures().isEmpty();
}

ImportResult install(const Database &db)
{
    const UserRepository users(db);
    if (users.users().isEmpty())
        users.createFirstAdmin(installer());
    users.save(User{QStringLiteral("staff"), Role::Staff, {}}, installer());
    users.save(User{QStringLiteral("leader"), Role::Leader, {}}, installer());

    ImportResult total;
    const Importer importer(db, installer());
    for (InterchangeKind kind : {InterchangeKind::OrgUnits, InterchangeKind::Indicators,
                                 InterchangeKind::Targets, InterchangeKind::Figures}) {
        const ImportResult step = importer.import(kind, file(kind), Interchange::name(kind) + QStringLiteral(".csv"));
        total.rows += step.rows;
        total.counts.inserted += step.counts.inserted;
        total.counts.updated += step.counts.updated;
        total.counts.unchanged += step.counts.unchanged;
        if (!step.ok()) {
            total.errors = step.errors;
            return total;
        }
    }
    setDemoWorkflow(db);
    installReportTexts(db);
    return total;
}

} // namespace zhibiao::DemoBureau
