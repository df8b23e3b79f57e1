#pragma once

#include "core/user.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// The people who work with a bureau's file, and their roles.
class UserRepository
{
public:
    explicit UserRepository(const Database &db) : m_db(db) {}

    QList<User> users() const;
    std::optional<User> find(const QString &name) const;
    void save(const User &user) const; // inserts or updates by name
    // The role a name acts with: a name the table does not know is staff, the least
    // privileged role, so that an unknown name can never unlock anything.
    Role roleOf(const QString &name) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
