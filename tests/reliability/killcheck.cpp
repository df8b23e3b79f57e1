#include "killcheck.h"

#include "workload.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"

#include <gtest/gtest.h>

namespace zhibiao::test {

KillCheck KillCheck::of(const QString &databasePath)
{
    KillCheck check;
    OpenError error;
    const auto db = Database::open(databasePath, Database::Mode::OpenExisting, &error);
    if (!db) {
        check.integrityDetails = error.message;
        return check;
    }
    check.integrityOk = db->integrityCheck(&check.integrityDetails);
    for (const Figure &figure : FigureRepository(*db).figures()) {
        const int n = Workload::numberOf(figure);
        if (n < 0 || figure.value != n + 0.25)
            continue;
        check.figures.insert(n);
        ++check.figureRows;
    }
    for (const AuditEntry &entry : AuditRepository(*db).entries()) {
        if (entry.entity != QLatin1String("figure"))
            continue;
        const int n = Workload::numberOf(Figure{entry.indicatorCode, entry.orgUnitCode,
                                                Period{entry.year, entry.quarter}, 0.0, QString()});
        if (n < 0 || entry.newValue != n + 0.25)
            continue;
        if (check.audited.contains(n))
            ++check.duplicateAudits;
        check.audited.insert(n);
        ++check.auditRows;
    }
    return check;
}

int readEnvInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace zhibiao::test
