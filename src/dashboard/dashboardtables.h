#pragma once

#include "core/dashboarddata.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>

class QTableWidget;

namespace zhibiao {

// Fills the dashboard's tables from its result structs: words beside every colour, the
// indicator code in Qt::UserRole of each row for the drill-down.
class DashboardTables
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DashboardTables)

public:
    // Read-only, whole rows selected, no row numbers: how every dashboard table behaves.
    static void configure(QTableWidget *table);
    static void warnings(QTableWidget *table, const DashboardData &data, bool dark);
    static void relative(QTableWidget *table, const DashboardData &data, bool dark);
    static void completeness(QTableWidget *table, const QList<CompletenessRow> &rows, bool dark);
    static void ranking(QTableWidget *table, const CountyRanking &ranking, bool dark);
    static void category(QTableWidget *table, const DashboardData &data, const QString &category,
                         bool dark);
    static void history(QTableWidget *table, const QList<AuditEntry> &entries,
                        const Indicator &indicator);
};

} // namespace zhibiao
