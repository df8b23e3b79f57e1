#include "app/entry/completeness.h"

#include "storage/orgunitrepository.h"

#include <algorithm>

namespace zhibiao {

QString Completeness::line(const QList<OrgUnit> &counties, const QList<QuarterStatus> &statuses)
{
    if (counties.isEmpty())
        return {};
    QStringList done;
    QStringList missing;
    for (const OrgUnit &county : counties) {
        const auto it = std::find_if(statuses.cbegin(), statuses.cend(), [&](const QuarterStatus &s) {
            return s.orgUnitCode == county.code;
        });
        const bool handedIn = it != statuses.cend()
                              && (it->state == QuarterState::Submitted || it->state == QuarterState::Approved);
        (handedIn ? done : missing) << county.name;
    }
    const QString listSeparator = QStringLiteral("、");
    QString text = tr("Submitted %1/%2").arg(done.size()).arg(counties.size());
    if (!done.isEmpty())
        text += tr(": %1").arg(done.join(listSeparator));
    if (!missing.isEmpty())
        text += tr("; not submitted: %1").arg(missing.join(listSeparator));
    return text;
}

QString Completeness::describe(const Database &db, const QString &orgUnitCode, Period period)
{
    const QuarterStateRepository states(db);
    QString text;
    const QList<OrgUnit> counties = OrgUnitRepository(db).tree().children(orgUnitCode);
    if (!counties.isEmpty())
        text = tr("%1 Q%2: %3").arg(period.year).arg(period.quarter).arg(line(counties, states.statuses(period)));
    const QuarterStatus own = states.status(orgUnitCode, period);
    if (own.state == QuarterState::Returned && !own.reason.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("  \u00b7  "))
                + tr("Returned by %1: %2").arg(own.changedBy, own.reason);
    return text;
}

} // namespace zhibiao
