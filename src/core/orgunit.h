#pragma once

#include <QList>
#include <QString>

namespace zhibiao {

// An org unit: the city (全市) at the root, its counties and districts (县区) below it.
struct OrgUnit
{
    QString code;
    QString name;
    QString parentCode; // empty for the root
    int sortOrder = 0;

    bool isRoot() const { return parentCode.isEmpty(); }
    friend bool operator==(const OrgUnit &, const OrgUnit &) = default;
};

// The org units of one bureau as a tree, built from a flat list.
class OrgTree
{
public:
    OrgTree() = default;
    explicit OrgTree(QList<OrgUnit> units);

    const QList<OrgUnit> &units() const { return m_units; }
    const OrgUnit *find(const QString &code) const;
    const OrgUnit *root() const;
    QList<OrgUnit> children(const QString &code) const;
    bool isEmpty() const { return m_units.isEmpty(); }

private:
    QList<OrgUnit> m_units;
};

} // namespace zhibiao
