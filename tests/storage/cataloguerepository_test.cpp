#include "sampledata.h"
#include "testsupport.h"

#include "storage/cataloguerepository.h"
#include "storage/storageerror.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

QStringList codes(const QList<Indicator> &indicators)
{
    QStringList result;
    for (const Indicator &indicator : indicators)
        result << indicator.code;
    return result;
}

} // namespace

TEST(CatalogueRepository, RoundTripsEveryField)
{
    TempDatabase temp;
    const CatalogueRepository catalogue(temp.db());
    QList<Indicator> indicators = SampleData::indicators();
    Indicator retired;
    retired.code = QStringLiteral("X09");
    retired.category = QStringLiteral("构建和谐劳动关系");
    retired.subcategory = QStringLiteral("旧");
    retired.name = QStringLiteral("停用的指标");
    retired.unit = QStringLiteral("万人次");
    retired.precision = 3;
    retired.kind = IndicatorKind::Growth;
    retired.direction = Direction::Ceiling;
    retired.parentCode = QStringLiteral("R01");
    retired.sortOrder = -5;
    retired.schedule = Schedule({0.0, 12.5, 60.0, 100.0});
    retired.retired = true;
    indicators << retired;

    EXPECT_EQ(catalogue.upsert(indicators, TempDatabase::admin()), (UpsertCounts{4, 0, 0}));
    for (const Indicator &indicator : std::as_const(indicators)) {
        const auto found = catalogue.find(indicator.code);
        ASSERT_TRUE(found) << indicator.code.toStdString();
        EXPECT_EQ(*found, indicator) << indicator.code.toStdString();
    }
    // No schedule stays no schedule (the linear default), not an explicit one.
    EXPECT_FALSE(catalogue.find(QStringLiteral("F01"))->schedule);
    EXPECT_FALSE(catalogue.find(QStringLiteral("NOPE")));
}

TEST(CatalogueRepository, RetiredIndicatorsAreHiddenUnlessAskedFor)
{
    TempDatabase temp;
    const CatalogueRepository catalogue(temp.db());
    catalogue.upsert(SampleData::indicators(), TempDatabase::admin());
    catalogue.setRetired(QStringLiteral("R01"), true, TempDatabase::admin());
    EXPECT_EQ(codes(catalogue.indicators()), (QStringList{QStringLiteral("F01"), QStringLiteral("S01")}));
    EXPECT_EQ(codes(catalogue.indicators(true)),
              (QStringList{QStringLiteral("F01"), QStringLiteral("R01"), QStringLiteral("S01")}));
    EXPECT_TRUE(catalogue.find(QStringLiteral("R01"))->retired);
    catalogue.setRetired(QStringLiteral("R01"), false, TempDatabase::admin());
    EXPECT_EQ(catalogue.indicators().size(), 3);
    EXPECT_THROW(catalogue.setRetired(QStringLiteral("NOPE"), true, TempDatabase::admin()), StorageError);
}

TEST(CatalogueRepository, OrderedBySortOrderThenCode)
{
    TempDatabase temp;
    QList<Indicator> indicators = SampleData::indicators();
    indicators[0].sortOrder = 50; // F01 last
    indicators[1].sortOrder = 30; // R01 ties with S01: code decides
    CatalogueRepository(temp.db()).upsert(indicators, TempDatabase::admin());
    EXPECT_EQ(codes(CatalogueRepository(temp.db()).indicators()),
              (QStringList{QStringLiteral("R01"), QStringLiteral("S01"), QStringLiteral("F01")}));
}

TEST(CatalogueRepository, UpsertCountsAndIdempotence)
{
    TempDatabase temp;
    const CatalogueRepository catalogue(temp.db());
    QList<Indicator> indicators = SampleData::indicators();
    EXPECT_EQ(catalogue.upsert(indicators, TempDatabase::admin()), (UpsertCounts{3, 0, 0}));
    EXPECT_EQ(catalogue.upsert(indicators, TempDatabase::admin()), (UpsertCounts{0, 0, 3}));

    indicators[1].name = QStringLiteral("调查失业率");
    indicators[2].schedule.reset();
    Indicator added = indicators[0];
    added.code = QStringLiteral("F02");
    indicators << added;
    const UpsertCounts counts = catalogue.upsert(indicators, TempDatabase::admin());
    EXPECT_EQ(counts, (UpsertCounts{1, 2, 1}));
    EXPECT_EQ(counts.changed(), 3);
    EXPECT_EQ(catalogue.find(QStringLiteral("R01"))->name, QStringLiteral("调查失业率"));
    EXPECT_FALSE(catalogue.find(QStringLiteral("S01"))->schedule);
    EXPECT_EQ(catalogue.upsert(indicators, TempDatabase::admin()).changed(), 0);
}
