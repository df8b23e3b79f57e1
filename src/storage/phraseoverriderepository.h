#pragma once

#include <QByteArray>

namespace zhibiao {

class Database;

// The bureau's own report phrasing (a JSON object laid over the shipped phrasebook), kept in
// the meta table so that every copy of the program writing from this file phrases alike.
class PhraseOverrideRepository
{
public:
    explicit PhraseOverrideRepository(const Database &db) : m_db(db) {}

    QByteArray load() const; // empty when the defaults apply
    void save(const QByteArray &json) const;
    void clear() const;

private:
    const Database &m_db;
};

} // namespace zhibiao
