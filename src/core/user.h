#pragma once

#include <QString>

#include <optional>

namespace zhibiao {

enum class Role {
    Staff,  // 录入员: enters figures
    Leader, // 局领导: reads dashboards, approves quarters
    Admin,  // maintains the catalogue, targets, org units and users
};

QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);

struct User
{
    QString name;
    Role role = Role::Staff;
    QString orgUnitCode; // where a staff member reports for; empty: the whole bureau

    friend bool operator==(const User &, const User &) = default;
};

} // namespace zhibiao
