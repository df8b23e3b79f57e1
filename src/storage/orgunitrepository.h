#pragma once

#include "core/orgunit.h"
#include "storage/upsertcounts.h"

namespace zhibiao {

class Database;

// The bureau's org units: the city and its counties and districts.
class OrgUnitRepository
{
public:
    explicit OrgUnitRepository(const Database &db) : m_db(db) {}

    OrgTree tree() const;
    // On behalf of actingUser, an administrator; every change goes to the change log.
    UpsertCounts upsert(const QList<OrgUnit> &units, const QString &actingUser, const QString &note = {}) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
