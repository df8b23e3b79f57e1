// The dashboard benchmark (docs/performance.md, "Dashboard"): a full refresh of the leaders'
// dashboard for one year and quarter on the 240,000-figure synthetic bureau, beside the same
// statements the program runs, through the sqlite3 C API.

#include "benchfixture.h"
#include "rawsqlite.h"

#include "core/dashboardbuilder.h"
#include "dashboard/dashboardloader.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

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

// The baseline: the statements DashboardLoader::load runs, with the same SQL, through the
// sqlite3 C API, every column of every row read, no objects built: the catalogue without
// retired indicators, the org units, for the year and the year before every org unit's
// figures (joined to the indicator and org-unit codes) and targets, and the quarter's states
// of every org unit. No grouping and no join the program does not make; what it leaves out
// is the program's computing (county sums, cards, ranking: BM_DashboardPartCompute).
void BM_DashboardRawQuery(benchmark::State &state)
{
    const RawSqlite db(BenchFixture::instance().fullDatabase().toStdString());
    size_t figures = 0;
    for (auto _ : state) {
        double sum = 0.0;
        const RawSqlite::StatementPtr catalogue = db.prepare(
            "SELECT code, category, subcategory, name, unit, kind, direction, precision, parent_code, "
            "sort_order, schedule, retired, phrase, phrase_clauses FROM indicators "
            "WHERE (? = 1 OR retired = 0) ORDER BY sort_order, code");
        sqlite3_bind_int(catalogue.get(), 1, 0);
        const size_t indicators = readAll(catalogue.get(), &sum);

        const RawSqlite::StatementPtr orgUnits =
            db.prepare("SELECT code, name, parent_code, sort_order FROM org_units ORDER BY sort_order, code");
        readAll(orgUnits.get(), &sum);

        figures = 0;
        for (const int year : {kYear, kYear - 1}) {
            const RawSqlite::StatementPtr values = db.prepare(
                "SELECT org_unit_id, indicator_id, quarter, value, note FROM figures WHERE year = ?");
            sqlite3_bind_int(values.get(), 1, year);
            figures += readAll(values.get(), &sum);
            const RawSqlite::StatementPtr targets = db.prepare(
                "SELECT org_unit_id, indicator_id, value FROM targets WHERE year = ?");
            sqlite3_bind_int(targets.get(), 1, year);
            readAll(targets.get(), &sum);
        }

        const RawSqlite::StatementPtr states = db.prepare(
            "SELECT o.code, COALESCE(s.state, 'open'), COALESCE(s.changed_by, ''), "
            "COALESCE(s.changed_at, ''), COALESCE(s.reason, '') FROM org_units o "
            "LEFT JOIN quarter_states s ON s.org_unit_id = o.id "
            "AND s.year = ? AND s.quarter = ? ORDER BY o.sort_order, o.code");
        sqlite3_bind_int(states.get(), 1, kYear);
        sqlite3_bind_int(states.get(), 2, kQuarter);
        readAll(states.get(), &sum);
        if (indicators != static_cast<size_t>(SyntheticBureau::kIndicators))
            state.SkipWithError("the raw catalogue query does not return every indicator");
        benchmark::DoNotOptimize(sum);
    }
    if (figures != static_cast<size_t>(2 * SyntheticBureau::kFiguresPerYear))
        state.SkipWithError("the raw queries do not return both years' figures");
    state.counters["figures"] = static_cast<double>(figures);
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
