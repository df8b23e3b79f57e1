#include "storage/userrepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace zhibiao {

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

Role UserRepository::roleOf(const QString &name) const
{
    const auto user = find(name);
    return user ? user->role : Role::Staff;
}

void UserRepository::save(const User &user) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    Statement(db, QStringLiteral("INSERT INTO users (name, role, org_unit_code) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
                                 "org_unit_code = excluded.org_unit_code"))
        .bind(user.name)
        .bind(toString(user.role))
        .bind(user.orgUnitCode)
        .exec();
    transaction.commit();
}

} // namespace zhibiao
