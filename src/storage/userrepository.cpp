#include "storage/userrepository.h"

#include "core/textrules.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QStringList>

namespace zhibiao {

namespace {
QJsonObject toJson(const User &user)
{
    return QJsonObject{{QStringLiteral("role"), toString(user.role)},
                       {QStringLiteral("org_unit"), user.orgUnitCode}};
}
} // namespace

QList<User> UserRepository::users() const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT name, role, org_unit_code FROM users ORDER BY id"));
    query.exec();
    QList<User> result;
    while (query.next())
        result << User{query.value(0).toString(),
                       roleFromString(query.value(1).toString()).value_or(Role::Staff),
                       query.value(2).toString()};
    return result;
}

std::optional<User> UserRepository::find(const QString &name) const
{
    for (const User &user : users()) {
        if (user.name == name)
            return user;
    }
    return std::nullopt;
}

std::optional<Role> UserRepository::knownRole(const QString &name) const
{
    const auto user = find(name);
    return user ? std::optional<Role>(user->role) : std::nullopt;
}

Role UserRepository::roleOf(const QString &name) const
{
    const QList<User> all = users();
    for (const User &user : all) {
        if (user.name == name)
            return user.role;
    }
    QStringList names;
    for (const User &user : all)
        names << user.name;
    const QString known = names.isEmpty() ? tr("this bureau file has no users yet")
                                          : tr("its users are: %1").arg(names.join(QStringLiteral(", ")));
    if (name.trimmed().isEmpty())
        throw StorageError(tr("No user name was given (%1). Nothing was changed; act as one of them.").arg(known),
                           StorageError::Kind::UnknownUser);
    throw StorageError(tr("There is no user named '%1' in this bureau file (%2). Nothing was changed; act as "
                          "one of them, or ask an administrator to add you (zhibiao-cli users add).")
                           .arg(TextRules::printable(name), known),
                       StorageError::Kind::UnknownUser);
}

QString UserRepository::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("a user needs a name");
    if (name != name.trimmed())
        return tr("a user name cannot begin or end with a space");
    return TextRules::problem(name, TextRules::kMaxNameLength);
}

void UserRepository::save(const User &user, const QString &actingUser) const
{
    RoleCheck::require(m_db, actingUser, {Role::Admin}, RoleCheck::tr("change the users"));
    write(user, actingUser);
}

void UserRepository::createFirstAdmin(const QString &name) const
{
    if (!users().isEmpty())
        throw StorageError(tr("This bureau file has users already; only an administrator can add one."),
                           StorageError::Kind::NotAllowed);
    write(User{name, Role::Admin, {}}, name);
}

void UserRepository::write(const User &user, const QString &actingUser) const
{
    if (const QString problem = nameProblem(user.name); !problem.isEmpty())
        throw StorageError(tr("The user was not saved: %1.").arg(problem));
    const std::optional<User> before = find(user.name);
    if (before && *before == user)
        return;
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    Statement(db, QStringLiteral("INSERT INTO users (name, role, org_unit_code) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
                                 "org_unit_code = excluded.org_unit_code"))
        .bind(user.name)
        .bind(toString(user.role))
        .bind(user.orgUnitCode)
        .exec();
    ChangeLog(m_db).append(ChangeEntry{{}, actingUser, QStringLiteral("user"), user.name,
                                       before ? toJson(*before) : QJsonObject(), toJson(user), {}});
    transaction.commit();
}

} // namespace zhibiao
