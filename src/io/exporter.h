#pragma once

#include "io/interchange.h"

#include <QByteArray>

namespace zhibiao {

class Database;

// Writes the interchange files that Importer reads back unchanged.
class Exporter
{
public:
    explicit Exporter(const Database &db) : m_db(db) {}

    // year 0: every year (targets and figures only; the others have no year).
    QByteArray exportCsv(InterchangeKind kind, int year = 0) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
