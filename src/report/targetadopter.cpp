#include "report/targetadopter.h"

#include "report/reportloader.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

namespace zhibiao {

QString TargetAdopter::resolveOrgUnit(const QString &orgUnitCode) const
{
    if (!orgUnitCode.isEmpty())
        return orgUnitCode;
    const OrgTree tree = OrgUnitRepository(m_db).tree();
    return tree.root() ? tree.root()->code : QString();
}

QList<TargetProposal> TargetAdopter::proposals(int year, const QString &orgUnitCode) const
{
    bool found = false;
    const ReportData data = ReportLoader::load(m_db, Period{year, 4}, orgUnitCode, &found);
    if (!found)
        return {};
    QList<TargetProposer::Year> counties;
    for (const QString &child : data.childOrgUnits)
        counties << TargetProposer::Year{data.rowsByOrgUnit.value(child), data.previousYearByOrgUnit.value(child)};
    return TargetProposer::propose({data.rows, data.previousYear}, counties);
}

QList<Target> TargetAdopter::toTargets(const QList<TargetProposal> &proposals, const QString &orgUnitCode,
                                       int nextYear)
{
    QList<Target> targets;
    targets.reserve(proposals.size());
    for (const TargetProposal &proposal : proposals)
        targets << Target{proposal.indicator.code, orgUnitCode, nextYear, proposal.proposed};
    return targets;
}

QList<Target> TargetAdopter::conflicts(const QList<Target> &targets) const
{
    const TargetRepository repository(m_db);
    QList<Target> result;
    for (const Target &target : targets) {
        const std::optional<double> stored =
            repository.target(target.indicatorCode, target.orgUnitCode, target.year);
        if (stored && *stored != target.value)
            result << Target{target.indicatorCode, target.orgUnitCode, target.year, *stored};
    }
    return result;
}

QString TargetAdopter::auditNote(int year)
{
    return QStringLiteral("adopted from the %1 report proposals").arg(year);
}

TargetAdopter::Outcome TargetAdopter::adopt(int year, const QString &orgUnitCode,
                                            const QList<TargetProposal> &proposals,
                                            const QString &userName, bool overwrite) const
{
    Outcome outcome;
    try {
        const QString orgUnit = resolveOrgUnit(orgUnitCode);
        const QList<Target> targets = toTargets(proposals, orgUnit, year + 1);
        outcome.conflicts = conflicts(targets);
        if (!outcome.conflicts.isEmpty() && !overwrite) {
            outcome.error = tr("%1 already has %n different target(s); nothing was written. "
                               "Adopt with overwrite to replace them.", nullptr,
                               static_cast<int>(outcome.conflicts.size()))
                                .arg(year + 1);
            return outcome;
        }
        // Targets are a leader's decision: upsert refuses anyone else, writing nothing.
        outcome.counts = TargetRepository(m_db).upsert(targets, userName, auditNote(year));
        outcome.ok = true;
    } catch (const StorageError &e) {
        outcome.error = tr("the targets were not adopted (nothing was written): %1").arg(e.message());
    }
    return outcome;
}

} // namespace zhibiao
