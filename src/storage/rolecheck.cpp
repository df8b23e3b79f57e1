#include "storage/rolecheck.h"

#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QStringList>

namespace zhibiao {

void RoleCheck::require(const Database &db, const QString &userName, const QList<Role> &roles,
                        const QString &what)
{
    const Role role = UserRepository(db).roleOf(userName);
    if (roles.contains(role))
        return;
    QStringList allowed;
    for (Role each : roles)
        allowed << toString(each);
    throw StorageError(tr("%1 acts as %2 and may not %3; only %4 may. Nothing was changed: "
                          "sign in as one of them, or ask one of them to do it.")
                           .arg(userName.isEmpty() ? tr("An unnamed user") : userName, toString(role),
                                what, allowed.join(tr(" or "))));
}

} // namespace zhibiao
