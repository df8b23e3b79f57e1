#include "core/user.h"

namespace zhibiao {

QString toString(Role role)
{
    switch (role) {
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role role : {Role::Staff, Role::Leader, Role::Admin}) {
        if (text.trimmed().compare(toString(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

} // namespace zhibiao
