#include "core/countysum.h"

namespace zhibiao {

std::optional<CountySum> sumOfCounties(const Indicator &indicator,
                                       const QList<QuarterValues> &counties)
{
    if (!indicator.isAdditive())
        return std::nullopt;
    CountySum sum;
    sum.counties = static_cast<int>(counties.size());
    bool any = false;
    for (const QuarterValues &county : counties) {
        for (size_t q = 0; q < 4; ++q) {
            if (!county[q])
                continue;
            sum.values[q] = sum.values[q].value_or(0.0) + *county[q];
            ++sum.reporting[q];
            any = true;
        }
    }
    if (!any)
        return std::nullopt;
    return sum;
}

YearFigures withCountySums(const YearFigures &own, const QList<YearFigures> &counties,
                           const QList<Indicator> &catalogue)
{
    YearFigures stated = own;
    if (counties.isEmpty())
        return stated;
    for (const Indicator &indicator : catalogue) {
        QList<QuarterValues> values;
        for (const YearFigures &county : counties)
            values << county.values.value(indicator.code);
        const std::optional<CountySum> sum = sumOfCounties(indicator, values);
        if (!sum)
            continue;
        QuarterValues merged = own.values.value(indicator.code);
        for (size_t q = 0; q < 4; ++q) {
            if (sum->values[q])
                merged[q] = sum->values[q];
        }
        stated.values.insert(indicator.code, merged);
    }
    return stated;
}

void applyCountySums(QHash<QString, YearFigures> &byOrgUnit, const OrgTree &tree, const QList<Indicator> &catalogue)
{
    const auto visit = [&](const auto &self, const QString &code) -> void {
        const QList<OrgUnit> children = tree.children(code);
        if (children.isEmpty())
            return;
        QList<YearFigures> counties;
        for (const OrgUnit &child : children) {
            self(self, child.code);
            counties << byOrgUnit.value(child.code);
        }
        byOrgUnit.insert(code, withCountySums(byOrgUnit.value(code), counties, catalogue));
    };
    if (const OrgUnit *root = tree.root())
        visit(visit, root->code);
}

} // namespace zhibiao
