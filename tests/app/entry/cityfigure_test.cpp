#include "app/entry/entrygridloader.h"
#include "app/entry/entrygridmodel.h"
#include "app/entry/statustableloader.h"
#include "clirun.h"
#include "core/dashboardbuilder.h"
#include "dashboard/dashboardloader.h"
#include "io/demobureau.h"
#include "report/phrasebookstore.h"
#include "report/reportbuilder.h"
#include "report/reportloader.h"
#include "report/textrenderer.h"
#include "storage/figurerepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>

namespace zhibiao {
namespace {

// The city's figure of an additive indicator, as each of the five places a user reads it
// states it, after a county changed its figure (docs/glossary.md: 全市 is the counties'
// sum when counties report).
class CityFigureTest : public ::testing::Test
{
protected:
    static constexpr Period kPeriod{2019, 4};
    static inline const QString kCode = QStringLiteral("JY02"); // 农村劳动力转移, 万人, 2 decimals
    static inline const QString kCity = QStringLiteral("CITY");

    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        // 青禾区 corrects its Q4 figure from 0.45 to 1.50: the counties now add up to 4.57,
        // while the city's own stored figure stays 3.52.
        const Figure corrected{kCode, QStringLiteral("D01"), kPeriod, 1.50, QString()};
        FigureRepository(m_file.db()).upsert({corrected}, QStringLiteral("staff"), QStringLiteral("更正"));
    }

    static std::optional<double> valueIn(const QList<StatusRow> &rows)
    {
        for (const StatusRow &row : rows) {
            if (row.indicator.code == kCode)
                return row.evaluation.value;
        }
        return std::nullopt;
    }

    double countiesSum() const
    {
        double sum = 0.0;
        for (const char *county : {"D01", "D02", "D03", "D04"})
            sum += FigureRepository(m_file.db()).find(kCode, QString::fromLatin1(county), kPeriod)->value;
        return sum;
    }

    test::TempDatabase m_file;
};

TEST_F(CityFigureTest, EveryViewStatesTheCountiesSum)
{
    const double sum = countiesSum();
    ASSERT_NEAR(sum, 4.57, 1e-9);
    ASSERT_NEAR(FigureRepository(m_file.db()).find(kCode, kCity, kPeriod)->value, 3.52, 1e-9);

    // The entry grid's 全市 row.
    EntryGridModel grid;
    EntryGridData data = EntryGridLoader::load(m_file.db(), QStringLiteral("就业创业"), {}, kCity, kPeriod.year);
    data.quarter = kPeriod.quarter;
    grid.setData(std::move(data));
    const QModelIndex cell = grid.index(grid.rowOf(kCode), EntryGridModel::columnOfQuarter(kPeriod.quarter));
    EXPECT_EQ(cell.data().toString(), QStringLiteral("4.57"));

    // The overview's status table.
    const std::optional<double> overview = valueIn(StatusTableLoader(m_file.db()).load(kPeriod, kCity));
    ASSERT_TRUE(overview);
    EXPECT_NEAR(*overview, sum, 1e-9);

    // The dashboard.
    const DashboardSource source = DashboardLoader(m_file.db()).load(kPeriod);
    const std::optional<double> dashboard = valueIn(DashboardBuilder(source, {}).overview(kPeriod, kCity).rows);
    ASSERT_TRUE(dashboard);
    EXPECT_NEAR(*dashboard, sum, 1e-9);

    // The report: its data and its words.
    const ReportData reportData = ReportLoader::load(m_file.db(), kPeriod, kCity);
    const std::optional<double> report = valueIn(reportData.rows);
    ASSERT_TRUE(report);
    EXPECT_NEAR(*report, sum, 1e-9);
    const QString text = TextRenderer::plainText(ReportBuilder(PhrasebookStore::load(m_file.db())).build(reportData));
    EXPECT_TRUE(text.contains(QStringLiteral("4.57万人"))) << qPrintable(text.left(600));
    EXPECT_FALSE(text.contains(QStringLiteral("3.52万人")));

    // The command line.
    const test::CliRun run = test::runCli({QStringLiteral("--db"), m_file.path(), QStringLiteral("status"),
                                           QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--quarter"),
                                           QStringLiteral("4"), QStringLiteral("--org-unit"), kCity,
                                           QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    std::optional<double> cli;
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (row[QStringLiteral("code")].toString() == kCode)
            cli = row[QStringLiteral("value")].toDouble();
    }
    ASSERT_TRUE(cli);
    EXPECT_NEAR(*cli, sum, 1e-9);
}

TEST_F(CityFigureTest, TheGridWarnsWhereTheCitysOwnFigureDisagrees)
{
    EntryGridModel grid;
    EntryGridData data = EntryGridLoader::load(m_file.db(), QStringLiteral("就业创业"), {}, kCity, kPeriod.year);
    data.quarter = kPeriod.quarter;
    grid.setData(std::move(data));
    const auto warnings = [&](int quarter) {
        return grid.index(grid.rowOf(kCode), EntryGridModel::columnOfQuarter(quarter))
            .data(EntryGridModel::WarningsRole)
            .toStringList()
            .join(QLatin1Char('\n'));
    };
    // Q4: the stored 3.52 and the sum 4.57 are both named; Q3 still agrees.
    EXPECT_TRUE(warnings(4).contains(QStringLiteral("3.52")) && warnings(4).contains(QStringLiteral("4.57")))
        << qPrintable(warnings(4));
    const QString q3 = warnings(3);
    EXPECT_FALSE(q3.contains(QStringLiteral("4.57")));
}

TEST(CountySumRule, CountiesOfCountiesAddUpAtEveryLevel)
{
    Indicator flow;
    flow.code = QStringLiteral("X1");
    flow.kind = IndicatorKind::Cumulative;
    flow.precision = 1;
    const OrgTree tree({OrgUnit{QStringLiteral("R"), QStringLiteral("全市"), {}},
                        OrgUnit{QStringLiteral("A"), QStringLiteral("甲县"), QStringLiteral("R")},
                        OrgUnit{QStringLiteral("A1"), QStringLiteral("甲县一镇"), QStringLiteral("A")},
                        OrgUnit{QStringLiteral("A2"), QStringLiteral("甲县二镇"), QStringLiteral("A")},
                        OrgUnit{QStringLiteral("B"), QStringLiteral("乙县"), QStringLiteral("R")}});
    QHash<QString, YearFigures> byUnit;
    const auto set = [&](const QString &unit, double q1) { byUnit[unit].values[flow.code][0] = q1; };
    set(QStringLiteral("R"), 99.0); // a stale figure of the city's own
    set(QStringLiteral("A"), 50.0); // and of 甲县's own
    set(QStringLiteral("A1"), 1.5);
    set(QStringLiteral("A2"), 2.0);
    set(QStringLiteral("B"), 4.0);
    applyCountySums(byUnit, tree, {flow});
    EXPECT_DOUBLE_EQ(*byUnit[QStringLiteral("A")].values[flow.code][0], 3.5);
    EXPECT_DOUBLE_EQ(*byUnit[QStringLiteral("R")].values[flow.code][0], 7.5);
    EXPECT_DOUBLE_EQ(*byUnit[QStringLiteral("B")].values[flow.code][0], 4.0);
}

} // namespace
} // namespace zhibiao
