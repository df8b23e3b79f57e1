#pragma once

#include "core/dashboardsource.h"
#include "core/period.h"
#include "storage/auditrepository.h"

#include <QList>

namespace zhibiao {

class Database;

// Reads what the dashboard is computed from, through the repositories only: the source of
// one year and quarter, and an indicator's figure history for the drill-down.
class DashboardLoader
{
public:
    explicit DashboardLoader(const Database &db) : m_db(db) {}

    DashboardSource load(Period period) const;
    // Every recorded change of the indicator's figures for the org unit and year, oldest first.
    QList<AuditEntry> history(const QString &indicatorCode, const QString &orgUnitCode,
                              int year) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
