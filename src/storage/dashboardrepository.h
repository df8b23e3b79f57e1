#pragma once

#include "core/statustable.h"

#include <QHash>
#include <QString>

namespace zhibiao {

class Database;

// What the leaders' dashboard reads in bulk: the figures and targets of every org unit for
// one year in two statements, instead of two per org unit.
class DashboardRepository
{
public:
    explicit DashboardRepository(const Database &db) : m_db(db) {}

    // By org unit code; units without figures or targets have no entry.
    QHash<QString, YearFigures> yearFigures(int year) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
