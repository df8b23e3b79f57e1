#pragma once

#include "core/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhibiao {

class Database;

// Who may change what, checked by the repositories themselves so that no front end can
// skip it. The role comes from the users table; an unknown name acts as staff.
class RoleCheck
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::RoleCheck)

public:
    // Throws a StorageError that says who may do it, unless userName has one of roles.
    static void require(const Database &db, const QString &userName, const QList<Role> &roles,
                        const QString &what);
};

} // namespace zhibiao
