#pragma once

#include "core/period.h"
#include "core/quarterstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace zhibiao {

class Database;

struct QuarterStatus
{
    QString orgUnitCode;
    Period period;
    QuarterState state = QuarterState::Open;
    QString changedBy;
    QDateTime changedAt;
    QString reason; // why it was returned
};

// The reporting workflow of each org unit's quarters. Who may do what is decided by
// QuarterWorkflow from the acting user's role as stored in the users table: a name the
// table does not know acts as staff.
class QuarterStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::QuarterStateRepository)

public:
    explicit QuarterStateRepository(const Database &db) : m_db(db) {}

    QuarterStatus status(const QString &orgUnitCode, Period period) const;
    // Every org unit's state for one quarter (units never touched are Open).
    QList<QuarterStatus> statuses(Period period) const;
    // Applies the action or throws StorageError saying why it is refused.
    QuarterStatus apply(const QString &orgUnitCode, Period period, QuarterAction action,
                        const QString &userName, const QString &reason = {}) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
