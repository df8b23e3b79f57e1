#pragma once

#include "io/importer.h"
#include "storage/narrativerepository.h"

#include <QCoreApplication>
#include <QList>

namespace zhibiao {

// The narratives of sections 二 and 三 as a CSV file — `year,section,theme,sort,body`, the
// file the demo ships (resources/demo/narratives.csv) — so that a report's prose can be
// written in any editor and imported, or exported for review.
class NarrativeFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::NarrativeFile)

public:
    static QStringList columns();
    // The narratives of a file; every wrong line is listed in *errors (and then nothing
    // should be written).
    static QList<Narrative> read(const QByteArray &csv, QList<ImportIssue> *errors);
    static QByteArray write(const QList<Narrative> &narratives);
};

} // namespace zhibiao
