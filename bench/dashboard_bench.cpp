// The dashboard benchmark (docs/performance.md, "Dashboard"): a full refresh of the leaders'
// dashboard for one year and quarter on the 240,000-figure synthetic bureau, beside the raw
// aggregate SQL that reads the same rows with the sqlite3 C API.

#include "benchfixture.h"
#include "rawsqlite.h"

#include "core/dashboardbuilder.h"
#include "dashboard/dashboardloader.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstring>
#include <stdexcept>

using namespace zhibiao;

namespace {

constexpr int kYear = SyntheticBureau::kFirstYear + SyntheticBureau::kYears - 1;
constexpr int kQuarter = 3;

std::unique_ptr<Database> openFull()
{
    OpenError error;
    std::unique_ptr<Database> db = Database::open(BenchFixture::instance().fullDatabase(),
                                                  Database::Mode::OpenExisting, &error);
    if (!db)
        throw std::runtime_error(error.message.toStdString());
    return db;
}

// What the window does on refresh: read the year and the year before for every org unit,
// the catalogue, the org units and the quarter's states, then compute the city's cards,
// completion, warnings, and the trend and county ranking of the indicator shown.
void BM_DashboardRefresh(benchmark::State &state)
{
    const std::unique_ptr<Database> db = openFull();
    const Period period{kYear, kQuarter};
    qsizetype rows = 0;
    for (auto _ : state) {
        const DashboardSource source = DashboardLoader(*db).load(period);
        const DashboardBuilder builder(source, Thresholds{});
        const DashboardData data = builder.overview(period, QStringLiteral("CITY"));
        const QString indicator = DashboardBuilder::defaultIndicator(data);
        const IndicatorTrend trend = builder.trend(indicator, period, QStringLiteral("CITY"));
        const CountyRanking ranking = builder.ranking(indicator, period);
        rows = data.rows.size();
        benchmark::DoNotOptimize(trend.thisYear.data());
        benchmark::DoNotOptimize(ranking.rows.constData());
    }
    if (rows != SyntheticBureau::kIndicators)
        state.SkipWithError("the dashboard does not have one row per indicator");
    state.counters["indicators"] = static_cast<double>(rows);
}

// Where the refresh spends its time: reading alone, computing alone.
void BM_DashboardPartLoad(benchmark::State &state)
{
    const std::unique_ptr<Database> db = openFull();
    for (auto _ : state) {
        const DashboardSource source = DashboardLoader(*db).load(Period{kYear, kQuarter});
        benchmark::DoNotOptimize(source.thisYear.size());
    }
}

void BM_DashboardPartCompute(benchmark::State &state)
{
    const std::unique_ptr<Database> db = openFull();
    const Period period{kYear, kQuarter};
    const DashboardSource source = DashboardLoader(*db).load(period);
    for (auto _ : state) {
        const DashboardBuilder builder(source, Thresholds{});
        const DashboardData data = builder.overview(period, QStringLiteral("CITY"));
        const QString indicator = DashboardBuilder::defaultIndicator(data);
        const CountyRanking ranking = builder.ranking(indicator, period);
        benchmark::DoNotOptimize(ranking.rows.constData());
    }
}

// The baseline: the same rows (every org unit's figures and targets of the year and the
// year before) in one aggregate query, one result row per org unit and indicator with the
// four quarters side by side, every column read.
void BM_DashboardRawQuery(benchmark::State &state)
{
    const RawSqlite db(BenchFixture::instance().fullDatabase().toStdString());
    int rows = 0;
    for (auto _ : state) {
        const RawSqlite::StatementPtr query = db.prepare(
            "SELECT o.code, i.code, f.year, t.value, "
            "MAX(CASE WHEN f.quarter = 1 THEN f.value END), MAX(CASE WHEN f.quarter = 2 THEN f.value END), "
            "MAX(CASE WHEN f.quarter = 3 THEN f.value END), MAX(CASE WHEN f.quarter = 4 THEN f.value END), "
            "MAX(CASE WHEN f.quarter = 1 THEN f.note END), MAX(CASE WHEN f.quarter = 2 THEN f.note END), "
            "MAX(CASE WHEN f.quarter = 3 THEN f.note END), MAX(CASE WHEN f.quarter = 4 THEN f.note END) "
            "FROM figures f JOIN indicators i ON i.id = f.indicator_id "
            "JOIN org_units o ON o.id = f.org_unit_id "
            "LEFT JOIN targets t ON t.indicator_id = f.indicator_id AND t.org_unit_id = f.org_unit_id "
            "AND t.year = f.year "
            "WHERE f.year IN (?, ?) GROUP BY f.year, f.org_unit_id, f.indicator_id");
        sqlite3_stmt *s = query.get();
        sqlite3_bind_int(s, 1, kYear);
        sqlite3_bind_int(s, 2, kYear - 1);
        rows = 0;
        double sum = 0.0;
        size_t textBytes = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            ++rows;
            for (int column = 0; column < sqlite3_column_count(s); ++column) {
                if (sqlite3_column_type(s, column) == SQLITE_TEXT)
                    textBytes += std::strlen(reinterpret_cast<const char *>(sqlite3_column_text(s, column)));
                else
                    sum += sqlite3_column_double(s, column);
            }
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(textBytes);
    }
    if (rows != 2 * SyntheticBureau::kIndicators * SyntheticBureau::kOrgUnits)
        state.SkipWithError("the raw query does not return one row per org unit, indicator and year");
    state.counters["rows"] = rows;
}

} // namespace

BENCHMARK(BM_DashboardRefresh)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DashboardPartLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DashboardPartCompute)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DashboardRawQuery)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // QtSql finds its SQLite driver through the application's plugin paths.
    QCoreApplication app(argc, argv);
    return runBenchmarks(argc, argv);
}
