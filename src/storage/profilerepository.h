#pragma once

#include <QString>

namespace zhibiao {

class Database;

// Who the bureau is, as its reports name it.
struct BureauProfile
{
    QString city;   // e.g. "青禾市"
    QString bureau; // e.g. "人力资源和社会保障局"

    friend bool operator==(const BureauProfile &, const BureauProfile &) = default;
};

// The bureau profile, kept in the meta table.
class ProfileRepository
{
public:
    explicit ProfileRepository(const Database &db) : m_db(db) {}

    BureauProfile profile() const;
    // On behalf of actingUser, an administrator; written to the change log.
    void save(const BureauProfile &profile, const QString &actingUser) const;

private:
    QString value(const QString &key) const;
    const Database &m_db;
};

} // namespace zhibiao
