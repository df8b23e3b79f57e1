#pragma once

#include "core/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class Database;

// The people who work with a bureau's file, and their roles. Every change to it is made
// by an administrator and written to the change log.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::UserRepository)

public:
    explicit UserRepository(const Database &db) : m_db(db) {}

    QList<User> users() const;
    std::optional<User> find(const QString &name) const;
    // The role of a name the table knows; nullopt for any other (for showing, not deciding).
    std::optional<Role> knownRole(const QString &name) const;
    // The role a name acts with, for deciding what it may change: a name the table does not
    // know (or an empty one) is refused with a StorageError (UnknownUser) that lists the
    // bureau's users, so that nobody acts under a made-up name.
    Role roleOf(const QString &name) const;

    // Adds or changes a user on behalf of actingUser, who must be an administrator.
    void save(const User &user, const QString &actingUser) const;
    // The file's first user, an administrator: only while the table is empty (a new bureau).
    void createFirstAdmin(const QString &name) const;

    // What a user name may hold: 1–64 characters, no control characters, no spaces at the ends.
    static QString nameProblem(const QString &name);

private:
    void write(const User &user, const QString &actingUser) const;

    const Database &m_db;
};

} // namespace zhibiao
