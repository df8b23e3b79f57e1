#pragma once

#include "core/orgunit.h"
#include "storage/quarterstaterepository.h"

#include <QCoreApplication>

namespace zhibiao {

class Database;

// Which counties have handed in a quarter, as one line for the city's view:
// "Submitted 3/4: 青禾区、鹭洲区、桐溪县; not submitted: 白芷县".
class Completeness
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Completeness)

public:
    // Submitted and approved quarters count as handed in.
    static QString line(const QList<OrgUnit> &counties, const QList<QuarterStatus> &statuses);
    // What the period bar says under the choosers for an org unit's quarter: for a unit
    // with counties the line above; for a returned quarter who returned it and why.
    // Throws StorageError.
    static QString describe(const Database &db, const QString &orgUnitCode, Period period);
};

} // namespace zhibiao
