#include "core/orgunit.h"

#include <algorithm>

namespace zhibiao {

OrgTree::OrgTree(QList<OrgUnit> units) : m_units(std::move(units))
{
    std::stable_sort(m_units.begin(), m_units.end(), [](const OrgUnit &a, const OrgUnit &b) {
        if (a.isRoot() != b.isRoot())
            return a.isRoot();
        return a.sortOrder < b.sortOrder;
    });
}

const OrgUnit *OrgTree::find(const QString &code) const
{
    for (const OrgUnit &unit : m_units) {
        if (unit.code == code)
            return &unit;
    }
    return nullptr;
}

const OrgUnit *OrgTree::root() const
{
    for (const OrgUnit &unit : m_units) {
        if (unit.isRoot())
            return &unit;
    }
    return nullptr;
}

QList<OrgUnit> OrgTree::children(const QString &code) const
{
    QList<OrgUnit> result;
    for (const OrgUnit &unit : m_units) {
        if (unit.parentCode == code && !unit.isRoot())
            result << unit;
    }
    return result;
}

} // namespace zhibiao
