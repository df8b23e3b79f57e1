// The foundation benchmark (docs/performance.md): importing 240,000 figures and building one
// year's status table, each beside the same work done with the raw sqlite3 C API.

#include "benchfixture.h"
#include "rawsqlite.h"

#include "core/statustable.h"
#include "io/importer.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <stdexcept>

using namespace zhibiao;

namespace {

constexpr int kStatusYear = SyntheticBureau::kFirstYear + SyntheticBureau::kYears - 1;
const char *const kStatusOrgUnit = "D07";

using Clock = std::chrono::steady_clock;

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Times one import: wall time for Google Benchmark's manual timing, and the thread's CPU
// time (user + system) beside it, because the machine is shared and wall time then also
// counts the time other processes held the cores.
class ImportTimer
{
public:
    void start()
    {
        m_wallStart = Clock::now();
        m_cpuStart = threadCpuSeconds();
    }
    void stop(benchmark::State &state)
    {
        m_cpuTotal += threadCpuSeconds() - m_cpuStart;
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - m_wallStart).count());
    }
    void report(benchmark::State &state) const
    {
        const int64_t rows = state.iterations() * SyntheticBureau::kFigures;
        state.SetItemsProcessed(rows);
        if (m_cpuTotal > 0)
            state.counters["rows_per_cpu_second"] = static_cast<double>(rows) / m_cpuTotal;
    }

private:
    Clock::time_point m_wallStart;
    double m_cpuStart = 0.0;
    double m_cpuTotal = 0.0;
};

// An ISO 8601 UTC time with milliseconds, as the audit log stores it.
std::string utcNow()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    tm utc{};
    gmtime_r(&now.tv_sec, &utc);
    char text[96]; // room for any int the format could print
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(now.tv_nsec / 1000000));
    return text;
}

void bindText(sqlite3_stmt *statement, int index, const std::string &text)
{
    sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

// --- import -----------------------------------------------------------------------------

// The program's real path: CSV parse, validation against the catalogue, then the audited
// upsert of every figure in one transaction.
void BM_ImportCsv(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    ImportTimer timer;
    for (auto _ : state) {
        const QString path = fixture.freshCopy();
        {
            const std::unique_ptr<Database> db = BenchFixture::open(path);
            const Importer importer(*db, QStringLiteral("bench"));
            timer.start();
            const ImportResult result =
                importer.import(InterchangeKind::Figures, fixture.figuresCsv(), QStringLiteral("figures.csv"));
            timer.stop(state);
            if (!result.ok() || result.counts.inserted != SyntheticBureau::kFigures)
                state.SkipWithError("the import did not insert every figure");
        }
        BenchFixture::removeCopy(path);
    }
    timer.report(state);
}

// The first half of the same path alone: CSV parse and validation, nothing written.
void BM_ImportValidateOnly(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    const QString path = fixture.freshCopy();
    {
        const std::unique_ptr<Database> db = BenchFixture::open(path);
        const Importer importer(*db, QStringLiteral("bench"));
        ImportTimer timer;
        for (auto _ : state) {
            timer.start();
            const ImportResult result = importer.validate(InterchangeKind::Figures, fixture.figuresCsv());
            timer.stop(state);
            if (!result.ok() || result.rows != SyntheticBureau::kFigures)
                state.SkipWithError("the validation did not accept every figure");
        }
        timer.report(state);
    }
    BenchFixture::removeCopy(path);
}

// The storage half of the same path, without the CSV: FigureRepository::upsert directly.
void BM_ImportRepositoryUpsert(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    const QList<Figure> &figures = fixture.bureau().figures();
    ImportTimer timer;
    for (auto _ : state) {
        const QString path = fixture.freshCopy();
        {
            const std::unique_ptr<Database> db = BenchFixture::open(path);
            const FigureRepository repository(*db);
            timer.start();
            const UpsertCounts counts = repository.upsert(figures, QStringLiteral("bench"), QStringLiteral("import"));
            timer.stop(state);
            if (counts.inserted != SyntheticBureau::kFigures)
                state.SkipWithError("the upsert did not insert every figure");
        }
        BenchFixture::removeCopy(path);
    }
    timer.report(state);
}

// The baseline the goal names: one transaction, one prepared INSERT re-bound per row.
// With audit, each figure also gets the audit row the program writes (a second INSERT).
void rawInsert(benchmark::State &state, bool withAudit)
{
    BenchFixture &fixture = BenchFixture::instance();
    const std::vector<RawFigure> &rows = fixture.rawFigures();
    ImportTimer timer;
    for (auto _ : state) {
        const QString path = fixture.freshCopy();
        {
            const RawSqlite db(path.toStdString());
            timer.start();
            db.exec("BEGIN IMMEDIATE");
            const RawSqlite::StatementPtr insert = db.prepare(
                "INSERT INTO figures (indicator_id, org_unit_id, year, quarter, value, note) "
                "VALUES (?, ?, ?, ?, ?, ?)");
            const RawSqlite::StatementPtr audit = db.prepare(
                "INSERT INTO audit_log (at, user_name, entity, indicator_code, org_unit_code, "
                "year, quarter, old_value, new_value, note) VALUES (?, 'bench', 'figure', ?, ?, ?, ?, NULL, ?, ?)");
            const std::string importNote = "import figures.csv";
            for (const RawFigure &row : rows) {
                sqlite3_stmt *s = insert.get();
                sqlite3_bind_int64(s, 1, row.indicatorId);
                sqlite3_bind_int64(s, 2, row.orgUnitId);
                sqlite3_bind_int(s, 3, row.year);
                sqlite3_bind_int(s, 4, row.quarter);
                sqlite3_bind_double(s, 5, row.value);
                bindText(s, 6, row.note);
                db.stepDone(s);
                sqlite3_reset(s);
                if (!withAudit)
                    continue;
                s = audit.get();
                const std::string at = utcNow();
                bindText(s, 1, at);
                bindText(s, 2, row.indicatorCode);
                bindText(s, 3, row.orgUnitCode);
                sqlite3_bind_int(s, 4, row.year);
                sqlite3_bind_int(s, 5, row.quarter);
                sqlite3_bind_double(s, 6, row.value);
                bindText(s, 7, row.note.empty() ? importNote : row.note);
                db.stepDone(s);
                sqlite3_reset(s);
            }
            db.exec("COMMIT");
            timer.stop(state);
        }
        BenchFixture::removeCopy(path);
    }
    timer.report(state);
}

void BM_ImportRawFigures(benchmark::State &state)
{
    rawInsert(state, false);
}

void BM_ImportRawFiguresWithAudit(benchmark::State &state)
{
    rawInsert(state, true);
}

// --- status table -----------------------------------------------------------------------

// The program's path: one org unit's figures and targets for the year, the catalogue, and
// the evaluation of every indicator.
void BM_StatusTable(benchmark::State &state)
{
    const std::unique_ptr<Database> db = BenchFixture::open(BenchFixture::instance().fullDatabase());
    const QString orgUnit = QString::fromLatin1(kStatusOrgUnit);
    qsizetype rows = 0;
    for (auto _ : state) {
        const YearFigures data = FigureRepository(*db).yearFigures(kStatusYear, orgUnit);
        const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
        const QList<StatusRow> table = buildStatusTable(catalogue, data, Period{kStatusYear, 4});
        rows = table.size();
        benchmark::DoNotOptimize(table.constData());
    }
    if (rows != SyntheticBureau::kIndicators)
        state.SkipWithError("the status table does not have one row per indicator");
    state.counters["rows"] = static_cast<double>(rows);
}

// The three parts of BM_StatusTable alone, to see where its time goes.
void BM_StatusPartYearFigures(benchmark::State &state)
{
    const std::unique_ptr<Database> db = BenchFixture::open(BenchFixture::instance().fullDatabase());
    const QString orgUnit = QString::fromLatin1(kStatusOrgUnit);
    for (auto _ : state) {
        const YearFigures data = FigureRepository(*db).yearFigures(kStatusYear, orgUnit);
        benchmark::DoNotOptimize(data.values.size());
    }
}

void BM_StatusPartCatalogue(benchmark::State &state)
{
    const std::unique_ptr<Database> db = BenchFixture::open(BenchFixture::instance().fullDatabase());
    for (auto _ : state) {
        const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
        benchmark::DoNotOptimize(catalogue.constData());
    }
}

void BM_StatusPartEvaluate(benchmark::State &state)
{
    const std::unique_ptr<Database> db = BenchFixture::open(BenchFixture::instance().fullDatabase());
    const YearFigures data = FigureRepository(*db).yearFigures(kStatusYear, QString::fromLatin1(kStatusOrgUnit));
    const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
    for (auto _ : state) {
        const QList<StatusRow> table = buildStatusTable(catalogue, data, Period{kStatusYear, 4});
        benchmark::DoNotOptimize(table.constData());
    }
}

// The baseline: one aggregate query over the same rows (the org unit's figures of the year
// joined to their indicators, plus targets), one result row per indicator with its four
// quarters side by side, every column read.
void BM_StatusRawQuery(benchmark::State &state)
{
    const RawSqlite db(BenchFixture::instance().fullDatabase().toStdString());
    int rows = 0;
    for (auto _ : state) {
        const RawSqlite::StatementPtr query = db.prepare(
            "SELECT i.code, i.name, i.unit, i.kind, i.direction, i.precision, i.schedule, "
            "i.sort_order, t.value, "
            "MAX(CASE WHEN f.quarter = 1 THEN f.value END), MAX(CASE WHEN f.quarter = 2 THEN f.value END), "
            "MAX(CASE WHEN f.quarter = 3 THEN f.value END), MAX(CASE WHEN f.quarter = 4 THEN f.value END), "
            "MAX(CASE WHEN f.quarter = 1 THEN f.note END), MAX(CASE WHEN f.quarter = 2 THEN f.note END), "
            "MAX(CASE WHEN f.quarter = 3 THEN f.note END), MAX(CASE WHEN f.quarter = 4 THEN f.note END) "
            "FROM figures f JOIN indicators i ON i.id = f.indicator_id "
            "LEFT JOIN targets t ON t.indicator_id = f.indicator_id AND t.org_unit_id = f.org_unit_id "
            "AND t.year = f.year "
            "WHERE f.org_unit_id = (SELECT id FROM org_units WHERE code = ?) AND f.year = ? "
            "GROUP BY f.indicator_id ORDER BY i.sort_order");
        sqlite3_stmt *s = query.get();
        sqlite3_bind_text(s, 1, kStatusOrgUnit, -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 2, kStatusYear);
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
    if (rows != SyntheticBureau::kIndicators)
        state.SkipWithError("the raw query does not return one row per indicator");
    state.counters["rows"] = rows;
}

} // namespace

// Each import takes seconds and needs a fresh database: one timed import per repetition,
// its setup (copying the database, opening it) outside the timing.
BENCHMARK(BM_ImportCsv)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportValidateOnly)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportRepositoryUpsert)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportRawFigures)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportRawFiguresWithAudit)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatusTable)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusPartYearFigures)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusPartCatalogue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusPartEvaluate)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusRawQuery)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    // QtSql finds its SQLite driver through the application's plugin paths.
    QCoreApplication app(argc, argv);
    return runBenchmarks(argc, argv);
}
