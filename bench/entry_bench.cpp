// The data-entry benchmark (docs/performance.md, "Data entry"): opening the entry grid for
// one category on the 240,000-figure synthetic bureau beside the raw sqlite3 queries for the
// same rows, and one cell edit committed with its audit row beside a raw single-row commit
// at the same durability (WAL, synchronous=FULL).
// `entry_bench --make-database FILE` writes the synthetic bureau to FILE for the start-up
// measurement (bench/startup_bench.sh) and exits.

#include "benchfixture.h"
#include "rawsqlite.h"

#include "app/entry/entrygridloader.h"
#include "storage/database.h"
#include "storage/figurerepository.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <vector>

using namespace zhibiao;

namespace {

constexpr int kYear = SyntheticBureau::kFirstYear + SyntheticBureau::kYears - 1;
const char *const kCategory = "类别5"; // indicators B121..B150
const char *const kCounty = "D07";

using Clock = std::chrono::steady_clock;

// A private copy of the full database, so that edits never touch the one the grid reads.
QString editableCopy(const char *name)
{
    const QString full = BenchFixture::instance().fullDatabase();
    const QString path = full + QString::fromLatin1(name);
    BenchFixture::removeCopy(path);
    if (!QFile::copy(full, path))
        throw std::runtime_error("cannot copy the full database");
    return path;
}

// Median and 99th percentile of per-iteration wall times, as counters in milliseconds.
class Samples
{
public:
    void start() { m_start = Clock::now(); }
    void stop(benchmark::State &state)
    {
        const double seconds = std::chrono::duration<double>(Clock::now() - m_start).count();
        m_seconds.push_back(seconds);
        state.SetIterationTime(seconds);
    }
    void report(benchmark::State &state)
    {
        if (m_seconds.empty())
            return;
        std::sort(m_seconds.begin(), m_seconds.end());
        const auto at = [this](double share) {
            return m_seconds[std::min(m_seconds.size() - 1, static_cast<size_t>(share * static_cast<double>(m_seconds.size())))];
        };
        state.counters["median_ms"] = at(0.5) * 1e3;
        state.counters["p99_ms"] = at(0.99) * 1e3;
    }

private:
    Clock::time_point m_start;
    std::vector<double> m_seconds;
};

// --- opening the grid -------------------------------------------------------------------

// What the window does when a category is chosen: EntryGridLoader reads the catalogue, the
// org unit's figures and targets of the year and the year before (and its counties' for
// the city), and the four quarters' states.
void BM_GridOpen(benchmark::State &state, const char *orgUnit)
{
    const std::unique_ptr<Database> db = BenchFixture::open(BenchFixture::instance().fullDatabase());
    qsizetype rows = 0;
    for (auto _ : state) {
        const EntryGridData data = EntryGridLoader::load(*db, QString::fromUtf8(kCategory), QString(),
                                                         QString::fromLatin1(orgUnit), kYear);
        rows = data.rows.size();
        benchmark::DoNotOptimize(data.rows.constData());
    }
    if (rows != 30)
        state.SkipWithError("the grid does not show the category's 30 indicators");
    state.counters["rows"] = static_cast<double>(rows);
}

// The baseline: the same rows with the sqlite3 C API, every column read, no objects built —
// the category's indicators, their figures (with notes) of the year and the year before
// for the org unit and its counties, the year's targets and the quarters' states.
void BM_GridRawQuery(benchmark::State &state, const char *orgUnit)
{
    const RawSqlite db(BenchFixture::instance().fullDatabase().toStdString());
    size_t figures = 0;
    for (auto _ : state) {
        double sum = 0.0;
        const RawSqlite::StatementPtr indicators = db.prepare(
            "SELECT code, name, category, subcategory, unit, precision, kind, direction, parent_code, "
            "sort_order, schedule FROM indicators WHERE category = ? AND retired = 0 ORDER BY sort_order, code");
        sqlite3_bind_text(indicators.get(), 1, kCategory, -1, SQLITE_STATIC);
        const size_t rows = readAll(indicators.get(), &sum);

        const RawSqlite::StatementPtr values = db.prepare(
            "SELECT i.code, o.code, f.year, f.quarter, f.value, f.note FROM figures f "
            "JOIN indicators i ON i.id = f.indicator_id JOIN org_units o ON o.id = f.org_unit_id "
            "WHERE i.category = ? AND (o.code = ? OR o.parent_code = ?) AND f.year IN (?, ?)");
        sqlite3_bind_text(values.get(), 1, kCategory, -1, SQLITE_STATIC);
        sqlite3_bind_text(values.get(), 2, orgUnit, -1, SQLITE_STATIC);
        sqlite3_bind_text(values.get(), 3, orgUnit, -1, SQLITE_STATIC);
        sqlite3_bind_int(values.get(), 4, kYear);
        sqlite3_bind_int(values.get(), 5, kYear - 1);
        figures = readAll(values.get(), &sum);

        const RawSqlite::StatementPtr targets = db.prepare(
            "SELECT i.code, t.value FROM targets t JOIN indicators i ON i.id = t.indicator_id "
            "JOIN org_units o ON o.id = t.org_unit_id WHERE i.category = ? AND o.code = ? AND t.year = ?");
        sqlite3_bind_text(targets.get(), 1, kCategory, -1, SQLITE_STATIC);
        sqlite3_bind_text(targets.get(), 2, orgUnit, -1, SQLITE_STATIC);
        sqlite3_bind_int(targets.get(), 3, kYear);
        readAll(targets.get(), &sum);

        const RawSqlite::StatementPtr states = db.prepare(
            "SELECT s.quarter, s.state FROM quarter_states s JOIN org_units o ON o.id = s.org_unit_id "
            "WHERE o.code = ? AND s.year = ?");
        sqlite3_bind_text(states.get(), 1, orgUnit, -1, SQLITE_STATIC);
        sqlite3_bind_int(states.get(), 2, kYear);
        readAll(states.get(), &sum);
        if (rows != 30)
            state.SkipWithError("the raw query does not return the category's 30 indicators");
        benchmark::DoNotOptimize(sum);
    }
    state.counters["figures"] = static_cast<double>(figures);
}

// --- one cell edit ----------------------------------------------------------------------

// What the grid does when a cell is committed: FigureRepository::upsert of one figure, which
// checks the quarter's lock and writes the figure and its audit row in one transaction.
void BM_CellEdit(benchmark::State &state)
{
    const QString path = editableCopy("-edit");
    {
        const std::unique_ptr<Database> db = BenchFixture::open(path);
        const FigureRepository figures(*db);
        Samples samples;
        int n = 0;
        for (auto _ : state) {
            const Figure figure{QStringLiteral("B121"), QString::fromLatin1(kCounty), Period{kYear, 3},
                                1000.0 + ++n, QString()};
            samples.start();
            const UpsertCounts counts = figures.upsert({figure}, QStringLiteral("bench"));
            samples.stop(state);
            if (counts.updated != 1)
                state.SkipWithError("the edit did not update one figure");
        }
        samples.report(state);
    }
    BenchFixture::removeCopy(path);
}

// The baseline: one UPDATE of the same figure in its own transaction, statements prepared
// once; with state.range(0) == 1 the audit row is inserted in the same transaction too.
void BM_RawCommit(benchmark::State &state)
{
    const QString path = editableCopy("-raw");
    {
        const RawSqlite db(path.toStdString());
        const RawSqlite::StatementPtr ids = db.prepare(
            "SELECT (SELECT id FROM indicators WHERE code = 'B121'), (SELECT id FROM org_units WHERE code = 'D07')");
        sqlite3_step(ids.get());
        const sqlite3_int64 indicatorId = sqlite3_column_int64(ids.get(), 0);
        const sqlite3_int64 orgUnitId = sqlite3_column_int64(ids.get(), 1);
        const RawSqlite::StatementPtr begin = db.prepare("BEGIN IMMEDIATE");
        const RawSqlite::StatementPtr commit = db.prepare("COMMIT");
        const RawSqlite::StatementPtr update = db.prepare(
            "UPDATE figures SET value = ?, note = '', version = version + 1 "
            "WHERE indicator_id = ? AND org_unit_id = ? AND year = ? AND quarter = 3");
        const RawSqlite::StatementPtr audit = db.prepare(
            "INSERT INTO audit_log (at, user_name, entity, indicator_code, org_unit_code, year, quarter, "
            "old_value, new_value, note) VALUES ('2026-01-01T00:00:00.000Z', 'bench', 'figure', 'B121', "
            "'D07', ?, 3, ?, ?, '')");
        const bool withAudit = state.range(0) == 1;
        Samples samples;
        int n = 0;
        for (auto _ : state) {
            const double value = 1000.0 + ++n;
            samples.start();
            db.stepDone(begin.get());
            sqlite3_bind_double(update.get(), 1, value);
            sqlite3_bind_int64(update.get(), 2, indicatorId);
            sqlite3_bind_int64(update.get(), 3, orgUnitId);
            sqlite3_bind_int(update.get(), 4, kYear);
            db.stepDone(update.get());
            if (withAudit) {
                sqlite3_bind_int(audit.get(), 1, kYear);
                sqlite3_bind_double(audit.get(), 2, value - 1);
                sqlite3_bind_double(audit.get(), 3, value);
                db.stepDone(audit.get());
                sqlite3_reset(audit.get());
            }
            db.stepDone(commit.get());
            samples.stop(state);
            sqlite3_reset(begin.get());
            sqlite3_reset(update.get());
            sqlite3_reset(commit.get());
            if (sqlite3_changes(db.handle()) != 1 && !withAudit)
                state.SkipWithError("the raw update did not change one row");
        }
        samples.report(state);
    }
    BenchFixture::removeCopy(path);
}

} // namespace

BENCHMARK_CAPTURE(BM_GridOpen, county, kCounty)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GridRawQuery, county, kCounty)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GridOpen, city, "CITY")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GridRawQuery, city, "CITY")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CellEdit)->UseManualTime()->Iterations(300)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawCommit)->Arg(0)->Arg(1)->UseManualTime()->Iterations(300)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // QtSql finds its SQLite driver through the application's plugin paths.
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--make-database") == 0) {
        const QString target = QString::fromLocal8Bit(argv[2]);
        BenchFixture::removeCopy(target);
        return QFile::copy(BenchFixture::instance().fullDatabase(), target) ? 0 : 1;
    }
    return runBenchmarks(argc, argv);
}
