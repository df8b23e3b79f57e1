#include "workload.h"

#include "core/indicator.h"
#include "core/orgunit.h"
#include "storage/cataloguerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/userrepository.h"

namespace zhibiao::test::Workload {

namespace {
const QStringList kOrgUnits = {QStringLiteral("CITY"), QStringLiteral("D01"), QStringLiteral("D02")};

QString indicatorCode(int i)
{
    return QStringLiteral("I%1").arg(i, 2, 10, QLatin1Char('0'));
}
} // namespace

void installCatalogue(const Database &db)
{
    const QString admin = QStringLiteral("admin");
    const UserRepository users(db);
    users.createFirstAdmin(admin);
    for (const char *name : {"staff", "writer", "alice", "bob", "王芳"})
        users.save(User{QString::fromUtf8(name), Role::Staff, {}}, admin);
    OrgUnitRepository(db).upsert({{kOrgUnits.at(0), QStringLiteral("全市"), QString(), 10},
                                  {kOrgUnits.at(1), QStringLiteral("青禾区"), kOrgUnits.at(0), 20},
                                  {kOrgUnits.at(2), QStringLiteral("鹭洲区"), kOrgUnits.at(0), 30}},
                                 admin);
    QList<Indicator> indicators;
    for (int i = 0; i < kIndicators; ++i) {
        Indicator indicator;
        indicator.code = indicatorCode(i);
        indicator.category = QStringLiteral("就业创业");
        indicator.name = QStringLiteral("指标%1").arg(i);
        indicator.unit = QStringLiteral("人");
        indicator.sortOrder = i;
        indicators << indicator;
    }
    CatalogueRepository(db).upsert(indicators, admin);
}

Figure figure(int n)
{
    const int slot = n % kSlotsPerYear;
    return Figure{indicatorCode(slot % kIndicators), kOrgUnits.at((slot / kIndicators) % 3),
                  Period{kFirstYear + n / kSlotsPerYear, slot / (kIndicators * 3) + 1}, n + 0.25,
                  QString()};
}

int numberOf(const Figure &figure)
{
    const int indicator = figure.indicatorCode.mid(1).toInt();
    const int org = static_cast<int>(kOrgUnits.indexOf(figure.orgUnitCode));
    if (org < 0)
        return -1;
    return (figure.period.year - kFirstYear) * kSlotsPerYear + (figure.period.quarter - 1) * kIndicators * 3
           + org * kIndicators + indicator;
}

QByteArray figuresCsv(int firstYear, int years)
{
    QByteArray csv("code,org_unit,year,quarter,value,note\n");
    const int first = (firstYear - kFirstYear) * kSlotsPerYear;
    for (int n = first; n < first + years * kSlotsPerYear; ++n) {
        const Figure f = figure(n);
        csv += QStringLiteral("%1,%2,%3,%4,%5,\n")
                   .arg(f.indicatorCode, f.orgUnitCode)
                   .arg(f.period.year)
                   .arg(f.period.quarter)
                   .arg(f.value, 0, 'f', 2)
                   .toUtf8();
    }
    return csv;
}

} // namespace zhibiao::test::Workload
