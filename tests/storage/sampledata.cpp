#include "sampledata.h"

#include "storage/cataloguerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/userrepository.h"

namespace zhibiao::test::SampleData {

QList<OrgUnit> orgUnits()
{
    return {{QStringLiteral("CITY"), QStringLiteral("全市"), QString(), 10},
            {QStringLiteral("D01"), QStringLiteral("青禾区"), QStringLiteral("CITY"), 20},
            {QStringLiteral("D02"), QStringLiteral("鹭洲区"), QStringLiteral("CITY"), 30}};
}

QList<Indicator> indicators()
{
    Indicator flow;
    flow.code = QStringLiteral("F01");
    flow.category = QStringLiteral("就业创业");
    flow.name = QStringLiteral("城镇新增就业");
    flow.unit = QStringLiteral("万人");
    flow.precision = 2;
    flow.sortOrder = 10;

    Indicator rate;
    rate.code = QStringLiteral("R01");
    rate.category = QStringLiteral("就业创业");
    rate.name = QStringLiteral("城镇登记失业率");
    rate.unit = QStringLiteral("%");
    rate.precision = 1;
    rate.kind = IndicatorKind::Rate;
    rate.direction = Direction::Ceiling;
    rate.sortOrder = 20;

    Indicator stock;
    stock.code = QStringLiteral("S01");
    stock.category = QStringLiteral("民生工程");
    stock.subcategory = QStringLiteral("就业创业促进工程");
    stock.name = QStringLiteral("公益性岗位在岗人数");
    stock.unit = QStringLiteral("人");
    stock.precision = 0;
    stock.kind = IndicatorKind::Stock;
    stock.parentCode = QStringLiteral("F01");
    stock.sortOrder = 30;
    stock.schedule = Schedule({10.0, 40.0, 70.0, 100.0});
    return {flow, rate, stock};
}

QString admin()
{
    return QStringLiteral("admin");
}

void install(const Database &db)
{
    const UserRepository users(db);
    if (users.users().isEmpty())
        users.createFirstAdmin(admin());
    users.save(User{QStringLiteral("leader"), Role::Leader, {}}, admin());
    for (const char *name : {"staff", "王芳", "tester", "alice", "bob", "writer"})
        users.save(User{QString::fromUtf8(name), Role::Staff, {}}, admin());
    OrgUnitRepository(db).upsert(orgUnits(), admin());
    CatalogueRepository(db).upsert(indicators(), admin());
}

Figure figure(const char *indicator, const char *orgUnit, int year, int quarter, double value,
              const QString &note)
{
    return Figure{QString::fromLatin1(indicator), QString::fromLatin1(orgUnit), Period{year, quarter},
                  value, note};
}

} // namespace zhibiao::test::SampleData
