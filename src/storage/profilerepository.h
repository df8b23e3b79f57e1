#pragma once

#include <QDate>
#include <QString>

namespace zhibiao {

class Database;

// Who the bureau is, as its reports name it.
struct BureauProfile
{
    QString city;       // e.g. "青禾市"
    QString bureau;     // e.g. "人力资源和社会保障局"
    QString issuer;     // the 落款's issuing body; empty: city and bureau
    QString leadership; // whose guidance the opening names, e.g. "省人社厅的指导和市委、市政府的领导"; may be empty
    QDate reportDate;   // the 落款's date; null: the day the report is written

    QString issuerOrDefault() const { return issuer.isEmpty() ? city + bureau : issuer; }
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
