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

} // namespace zhibiao
