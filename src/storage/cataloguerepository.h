#pragma once

#include "core/indicator.h"
#include "storage/upsertcounts.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// The indicator catalogue. Retiring an indicator hides it from new years; its figures,
// targets and audit rows stay.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(const Database &db) : m_db(db) {}

    QList<Indicator> indicators(bool includeRetired = false) const;
    std::optional<Indicator> find(const QString &code) const;
    // Inserts new codes and updates changed ones, in one transaction, on behalf of
    // actingUser: refused with a StorageError, nothing written, unless the users table
    // gives that name the admin role. Every change is written to the change log.
    UpsertCounts upsert(const QList<Indicator> &indicators, const QString &actingUser,
                        const QString &note = {}) const;
    // The same for the retired flag.
    void setRetired(const QString &code, bool retired, const QString &actingUser) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
