#pragma once

#include "core/figure.h"
#include "core/indicator.h"
#include "core/orgunit.h"

#include <QList>

namespace zhibiao {
class Database;
}

namespace zhibiao::test {

// A small bureau for repository tests: the city CITY with counties D01 and D02, three
// indicators — F01 (cumulative flow, 万人), R01 (rate, %) and S01 (stock, 人, "of which" F01)
// — and its users: "admin" (who installs it), "leader", and the staff members "staff",
// "王芳", "tester", "alice", "bob" and "writer".
namespace SampleData {
QString admin();
QList<OrgUnit> orgUnits();
QList<Indicator> indicators();
void install(const Database &db);
Figure figure(const char *indicator, const char *orgUnit, int year, int quarter, double value,
              const QString &note = {});
} // namespace SampleData

} // namespace zhibiao::test
