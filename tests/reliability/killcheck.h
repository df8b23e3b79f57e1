#pragma once

#include <QSet>
#include <QString>

namespace zhibiao::test {

// What a file holds after a kill: the figure numbers present, checked against their audit
// rows, and whatever contradicts the promises.
struct KillCheck
{
    bool integrityOk = false;
    QString integrityDetails;
    QSet<int> figures;      // numbers of figures present
    QSet<int> audited;      // numbers with a figure audit row
    int figureRows = 0;     // workload figures in the file
    int auditRows = 0;      // figure audit rows
    int duplicateAudits = 0;

    static KillCheck of(const QString &databasePath);
};

// A positive integer from the environment (cycle counts), or the fallback.
int readEnvInt(const char *name, int fallback);

} // namespace zhibiao::test
