// The catalogue and org units kept between reads (CodeTableCache): read once, and read
// again after any change, whether made through this program or by another connection.

#include "rawconnection.h"
#include "sampledata.h"
#include "testsupport.h"

#include "storage/cataloguerepository.h"
#include "storage/codetablecache.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class CodeTableCacheTest : public ::testing::Test
{
protected:
    void SetUp() override { SampleData::install(m_temp.db()); }

    CatalogueRepository catalogue() const { return CatalogueRepository(m_temp.db()); }
    OrgUnitRepository orgUnits() const { return OrgUnitRepository(m_temp.db()); }
    int reads() const { return m_temp.db().codeTables().reads(); }
    QString nameOf(const QString &code) const
    {
        const std::optional<Indicator> found = catalogue().find(code);
        return found ? found->name : QString();
    }

    TempDatabase m_temp;
};

} // namespace

TEST_F(CodeTableCacheTest, ReadsTheTablesOnceWhileNothingChanges)
{
    const QList<Indicator> first = catalogue().indicators();
    const OrgTree tree = orgUnits().tree();
    const int afterFirst = reads();
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(catalogue().indicators(), first);
        EXPECT_EQ(orgUnits().tree().units(), tree.units());
        FigureRepository(m_temp.db()).yearFigures(2019, QStringLiteral("CITY"));
    }
    EXPECT_EQ(reads(), afterFirst);
}

TEST_F(CodeTableCacheTest, SeesACatalogueChangeMadeThroughTheProgramOnTheNextRead)
{
    ASSERT_FALSE(catalogue().indicators().isEmpty());
    Indicator changed = *catalogue().find(QStringLiteral("F01"));
    changed.name = QStringLiteral("新的名称");
    EXPECT_EQ(catalogue().upsert({changed}, SampleData::admin()).updated, 1);
    EXPECT_EQ(nameOf(QStringLiteral("F01")), QStringLiteral("新的名称"));
    EXPECT_TRUE(catalogue().indicators().contains(changed));

    Indicator added = changed;
    added.code = QStringLiteral("N01");
    added.parentCode.clear();
    catalogue().upsert({added}, SampleData::admin());
    EXPECT_TRUE(catalogue().find(QStringLiteral("N01")));
    EXPECT_EQ(catalogue().indicators(true).size(), SampleData::indicators().size() + 1);

    catalogue().setRetired(QStringLiteral("N01"), true, SampleData::admin());
    EXPECT_FALSE(catalogue().indicators().contains(added));
    EXPECT_TRUE(catalogue().find(QStringLiteral("N01"))->retired);
    EXPECT_EQ(catalogue().indicators(true).size(), SampleData::indicators().size() + 1);

    // A refused change leaves the catalogue as it was, and the cache with it.
    changed.name = QStringLiteral("无权更改");
    EXPECT_THROW(catalogue().upsert({changed}, QStringLiteral("staff")), StorageError);
    EXPECT_EQ(nameOf(QStringLiteral("F01")), QStringLiteral("新的名称"));
}

TEST_F(CodeTableCacheTest, SeesAnOrgUnitChangeMadeThroughTheProgramOnTheNextRead)
{
    ASSERT_TRUE(orgUnits().tree().find(QStringLiteral("CITY")));
    orgUnits().upsert({OrgUnit{QStringLiteral("D03"), QStringLiteral("新区"), QStringLiteral("CITY"), 99}},
                      SampleData::admin());
    ASSERT_TRUE(orgUnits().tree().find(QStringLiteral("D03")));
    EXPECT_EQ(orgUnits().tree().find(QStringLiteral("D03"))->name, QStringLiteral("新区"));

    // The new unit's figures are written and read by its id, which the cache now has.
    FigureRepository figures(m_temp.db());
    figures.upsert({SampleData::figure("F01", "D03", 2019, 1, 2.0)}, QStringLiteral("王芳"));
    EXPECT_EQ(figures.yearFigures(2019, QStringLiteral("D03")).values.value(QStringLiteral("F01"))[0], 2.0);
}

TEST_F(CodeTableCacheTest, SeesAChangeMadeByAnotherConnection)
{
    ASSERT_EQ(nameOf(QStringLiteral("R01")).isEmpty(), false);
    const int before = reads();
    {
        RawConnection other(m_temp.path());
        ASSERT_TRUE(other.exec(QStringLiteral("UPDATE indicators SET name = '别处改的' WHERE code = 'R01'")));
        ASSERT_TRUE(other.exec(QStringLiteral("UPDATE org_units SET name = '别处改的县' WHERE code = 'D01'")));
    }
    EXPECT_EQ(nameOf(QStringLiteral("R01")), QStringLiteral("别处改的"));
    EXPECT_EQ(orgUnits().tree().find(QStringLiteral("D01"))->name, QStringLiteral("别处改的县"));
    EXPECT_GT(reads(), before);

    // A second Database on the same file is another connection too.
    OpenError error;
    const std::unique_ptr<Database> second = Database::open(m_temp.path(), Database::Mode::OpenExisting, &error);
    ASSERT_TRUE(second) << error.message.toStdString();
    Indicator changed = *CatalogueRepository(*second).find(QStringLiteral("F01"));
    changed.name = QStringLiteral("第二个连接");
    CatalogueRepository(*second).upsert({changed}, SampleData::admin());
    EXPECT_EQ(nameOf(QStringLiteral("F01")), QStringLiteral("第二个连接"));
}
