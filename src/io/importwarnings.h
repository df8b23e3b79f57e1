#pragma once

#include "io/importer.h"

#include <QList>
#include <QString>

namespace zhibiao {

class Database;

// A figure of an import file that looks wrong, though it may be right: the same checks the
// entry grid makes (a year-to-date total that goes down, a figure far from last year's),
// run on the stored figures with the file's laid over them. Never a refusal.
struct ImportWarning
{
    int line = 0;
    QString key; // "JY01 D01 2019Q3"
    QString message;

    QString toString() const;
};

namespace ImportWarnings {
// The warnings of a validated figures file (empty for the other kinds), by line.
QList<ImportWarning> of(const Database &db, const ImportRows &rows);
} // namespace ImportWarnings

} // namespace zhibiao
