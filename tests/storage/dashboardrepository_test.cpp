// The dashboard's bulk read (DashboardRepository::yearFigures): every org unit's figures,
// notes and targets of a year in two statements, read by id and named from the cached
// catalogue, checked against the per-org-unit read of the entry grid.

#include "rawconnection.h"
#include "sampledata.h"
#include "testsupport.h"

#include "storage/cataloguerepository.h"
#include "storage/dashboardrepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/targetrepository.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class DashboardRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SampleData::install(m_temp.db());
        using SampleData::figure;
        FigureRepository(m_temp.db())
            .upsert({figure("F01", "D01", 2019, 1, 1.5), figure("F01", "D01", 2019, 2, 3.25, QStringLiteral("补报")),
                     figure("R01", "D01", 2019, 3, 92.0), figure("F01", "D02", 2019, 1, 0.75),
                     figure("S01", "CITY", 2019, 4, 1200), figure("F01", "D01", 2018, 4, 9.0)},
                    SampleData::admin());
        TargetRepository(m_temp.db())
            .upsert({Target{QStringLiteral("F01"), QStringLiteral("D01"), 2019, 6.0},
                     Target{QStringLiteral("R01"), QStringLiteral("D02"), 2019, 95.0},
                     Target{QStringLiteral("F01"), QStringLiteral("CITY"), 2018, 20.0}},
                    SampleData::admin());
    }

    TempDatabase m_temp;
};

} // namespace

TEST_F(DashboardRepositoryTest, EachOrgUnitsYearIsWhatTheEntryGridReads)
{
    const QHash<QString, YearFigures> all = DashboardRepository(m_temp.db()).yearFigures(2019);
    EXPECT_EQ(all.keys().size(), 3); // CITY, D01 and D02 each have a figure or a target
    for (const QString &code : {QStringLiteral("CITY"), QStringLiteral("D01"), QStringLiteral("D02")}) {
        SCOPED_TRACE(code.toStdString());
        const YearFigures one = FigureRepository(m_temp.db()).yearFigures(2019, code);
        ASSERT_TRUE(all.contains(code));
        EXPECT_EQ(all[code].values, one.values);
        EXPECT_EQ(all[code].targets, one.targets);
        for (auto it = one.notes.cbegin(); it != one.notes.cend(); ++it) {
            const bool noted = std::any_of(it->begin(), it->end(), [](const QString &n) { return !n.isEmpty(); });
            const std::array<QString, 4> none{};
            EXPECT_EQ(all[code].notes.value(it.key()), noted ? *it : none);
        }
    }
    EXPECT_EQ(all[QStringLiteral("D01")].values[QStringLiteral("F01")][1], 3.25);
    EXPECT_EQ(all[QStringLiteral("D01")].notes[QStringLiteral("F01")][1], QStringLiteral("补报"));
    EXPECT_FALSE(all[QStringLiteral("D01")].values.contains(QStringLiteral("S01")));
    // 2018 stays out of 2019, and the reverse.
    EXPECT_EQ(DashboardRepository(m_temp.db()).yearFigures(2018)[QStringLiteral("CITY")].targets.value(QStringLiteral("F01")), 20.0);
    EXPECT_FALSE(all[QStringLiteral("CITY")].targets.contains(QStringLiteral("F01")));
}

TEST_F(DashboardRepositoryTest, AnIndicatorAddedByAnotherConnectionIsNamedAfterAFreshRead)
{
    // The catalogue is cached by the first read; another program then adds an indicator and
    // its figure.
    ASSERT_FALSE(DashboardRepository(m_temp.db()).yearFigures(2019).isEmpty());
    {
        RawConnection other(m_temp.path());
        QString error;
        ASSERT_TRUE(other.exec(QStringLiteral("INSERT INTO indicators (code, category, name, unit, kind, direction, precision) "
                                              "SELECT 'N01', category, '新指标', unit, kind, direction, precision "
                                              "FROM indicators WHERE code = 'F01'"), &error))
            << error.toStdString();
        ASSERT_TRUE(other.exec(QStringLiteral("INSERT INTO figures (indicator_id, org_unit_id, year, quarter, value) "
                                              "SELECT i.id, o.id, 2019, 2, 7.5 FROM indicators i, org_units o "
                                              "WHERE i.code = 'N01' AND o.code = 'D02'"), &error))
            << error.toStdString();
    }
    const QHash<QString, YearFigures> all = DashboardRepository(m_temp.db()).yearFigures(2019);
    EXPECT_EQ(all[QStringLiteral("D02")].values.value(QStringLiteral("N01"))[1], 7.5);
}
