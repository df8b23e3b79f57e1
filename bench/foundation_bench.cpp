// The foundation benchmark (docs/performance.md): importing a bureau's figures from CSV and
// building one org unit's status table for a year, each beside the same work done with the
// raw sqlite3 C API. The benchmarks take the bureau's size in figures as their argument
// (24,000 a year: 24 k, 240 k, 2.4 M), so that growth shows.

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

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <list>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace zhibiao;

namespace {

const char *const kStatusOrgUnit = "D07";
const char *const kSourceName = "figures.csv";

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
    void report(benchmark::State &state, qsizetype figures) const
    {
        const int64_t rows = state.iterations() * figures;
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

void bindText(sqlite3_stmt *statement, int index, std::string_view text)
{
    sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

// The raw baselines' writes, prepared once per import: a figure, and its audit row as the
// program writes it (timestamp formatted per row, the figure's note or the import's).
class RawFigureWriter
{
public:
    explicit RawFigureWriter(const RawSqlite &db)
        : m_db(db),
          m_insert(db.prepare("INSERT INTO figures (indicator_id, org_unit_id, year, quarter, value, note) "
                              "VALUES (?, ?, ?, ?, ?, ?)")),
          m_audit(db.prepare("INSERT INTO audit_log (at, user_name, entity, indicator_code, org_unit_code, "
                             "year, quarter, old_value, new_value, note) "
                             "VALUES (?, 'bench', 'figure', ?, ?, ?, ?, NULL, ?, ?)"))
    {
    }

    void figure(sqlite3_int64 indicatorId, sqlite3_int64 orgUnitId, int year, int quarter, double value,
                std::string_view note) const
    {
        sqlite3_stmt *s = m_insert.get();
        sqlite3_bind_int64(s, 1, indicatorId);
        sqlite3_bind_int64(s, 2, orgUnitId);
        sqlite3_bind_int(s, 3, year);
        sqlite3_bind_int(s, 4, quarter);
        sqlite3_bind_double(s, 5, value);
        bindText(s, 6, note);
        m_db.stepDone(s);
        sqlite3_reset(s);
    }

    void audit(std::string_view indicatorCode, std::string_view orgUnitCode, int year, int quarter, double value,
               std::string_view note) const
    {
        sqlite3_stmt *s = m_audit.get();
        const std::string at = utcNow();
        bindText(s, 1, at);
        bindText(s, 2, indicatorCode);
        bindText(s, 3, orgUnitCode);
        sqlite3_bind_int(s, 4, year);
        sqlite3_bind_int(s, 5, quarter);
        sqlite3_bind_double(s, 6, value);
        bindText(s, 7, note.empty() ? std::string_view(m_importNote) : note);
        m_db.stepDone(s);
        sqlite3_reset(s);
    }

private:
    const RawSqlite &m_db;
    RawSqlite::StatementPtr m_insert;
    RawSqlite::StatementPtr m_audit;
    const std::string m_importNote = std::string("import ") + kSourceName;
};

// --- import -----------------------------------------------------------------------------

// The program's real path: CSV parse, validation against the catalogue, then the audited
// upsert of every figure in one transaction.
void BM_ImportCsv(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const qsizetype figures = fixture.bureau().figureCount();
    ImportTimer timer;
    for (auto _ : state) {
        const QString path = fixture.freshCopy();
        {
            const std::unique_ptr<Database> db = BenchFixture::open(path);
            const Importer importer(*db, QStringLiteral("bench"));
            timer.start();
            const ImportResult result = importer.import(InterchangeKind::Figures, fixture.figuresCsv(),
                                                        QString::fromLatin1(kSourceName));
            timer.stop(state);
            if (!result.ok() || result.counts.inserted != figures)
                state.SkipWithError("the import did not insert every figure");
        }
        BenchFixture::removeCopy(path);
    }
    timer.report(state, figures);
}

// The first half of the same path alone: CSV parse and validation, nothing written.
void BM_ImportValidateOnly(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const qsizetype figures = fixture.bureau().figureCount();
    const QString path = fixture.freshCopy();
    {
        const std::unique_ptr<Database> db = BenchFixture::open(path);
        const Importer importer(*db, QStringLiteral("bench"));
        ImportTimer timer;
        for (auto _ : state) {
            timer.start();
            const ImportResult result = importer.validate(InterchangeKind::Figures, fixture.figuresCsv());
            timer.stop(state);
            if (!result.ok() || result.rows != figures)
                state.SkipWithError("the validation did not accept every figure");
        }
        timer.report(state, figures);
    }
    BenchFixture::removeCopy(path);
}

// The storage half of the same path, without the CSV: FigureRepository::upsert directly.
void BM_ImportRepositoryUpsert(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
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
            if (counts.inserted != figures.size())
                state.SkipWithError("the upsert did not insert every figure");
        }
        BenchFixture::removeCopy(path);
    }
    timer.report(state, figures.size());
}

// The raw writes without a CSV: ids already resolved, one transaction, one prepared INSERT
// re-bound per row; with audit, each figure also gets the audit row the program writes.
// Diagnostics: they show what the audit row and the CSV cost (BM_ImportRawCsv is the goal's
// baseline).
void rawInsert(benchmark::State &state, bool withAudit)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const std::vector<RawFigure> &rows = fixture.rawFigures();
    ImportTimer timer;
    for (auto _ : state) {
        const QString path = fixture.freshCopy();
        {
            const RawSqlite db(path.toStdString());
            timer.start();
            db.exec("BEGIN IMMEDIATE");
            const RawFigureWriter writer(db);
            for (const RawFigure &row : rows) {
                writer.figure(row.indicatorId, row.orgUnitId, row.year, row.quarter, row.value, row.note);
                if (withAudit)
                    writer.audit(row.indicatorCode, row.orgUnitCode, row.year, row.quarter, row.value, row.note);
            }
            db.exec("COMMIT");
            timer.stop(state);
        }
        BenchFixture::removeCopy(path);
    }
    timer.report(state, static_cast<qsizetype>(rows.size()));
}

void BM_ImportRawFigures(benchmark::State &state)
{
    rawInsert(state, false);
}

void BM_ImportRawFiguresWithAudit(benchmark::State &state)
{
    rawInsert(state, true);
}

// A hand-written CSV reader for the baseline: next() splits one record into fields at commas
// (a field in double quotes may hold commas, line breaks and doubled quotes) and returns
// false at the end of the text. Unquoted fields are views into the text; a quoted one is
// unescaped into a string that lives until the next call.
class CsvRecords
{
public:
    explicit CsvRecords(std::string_view text) : m_text(text)
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_text.remove_prefix(3);
    }

    bool next(std::vector<std::string_view> &fields)
    {
        fields.clear();
        if (m_at >= m_text.size())
            return false;
        m_unquoted.clear();
        for (;;) {
            if (m_at < m_text.size() && m_text[m_at] == '"') {
                m_unquoted.emplace_back();
                std::string &field = m_unquoted.back();
                for (++m_at; m_at < m_text.size(); ++m_at) {
                    if (m_text[m_at] != '"') {
                        field += m_text[m_at];
                    } else if (m_at + 1 < m_text.size() && m_text[m_at + 1] == '"') {
                        field += '"';
                        ++m_at;
                    } else {
                        break;
                    }
                }
                ++m_at; // the closing quote
                fields.push_back(field);
            } else {
                const size_t end = m_text.find_first_of(",\r\n", m_at);
                const size_t stop = end == std::string_view::npos ? m_text.size() : end;
                fields.push_back(m_text.substr(m_at, stop - m_at));
                m_at = stop;
            }
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            if (m_at < m_text.size() && m_text[m_at] == '\r')
                ++m_at;
            if (m_at < m_text.size() && m_text[m_at] == '\n')
                ++m_at;
            return true;
        }
    }

private:
    std::string_view m_text;
    size_t m_at = 0;
    std::list<std::string> m_unquoted; // stable addresses for the views handed out
};

// Code -> id, looked up with a string_view and no copy of the key.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using IdsByCode = std::unordered_map<std::string, sqlite3_int64, TextHash, std::equal_to<>>;

IdsByCode readIds(const RawSqlite &db, const char *sql)
{
    IdsByCode ids;
    const RawSqlite::StatementPtr query = db.prepare(sql);
    while (sqlite3_step(query.get()) == SQLITE_ROW)
        ids.emplace(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 1)),
                    sqlite3_column_int64(query.get(), 0));
    return ids;
}

template<typename Number>
bool parse(std::string_view text, Number *number)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *number);
    return error == std::errc() && end == text.data() + text.size();
}

// The import goal's baseline: the work the program's import must do, with the sqlite3 C API
// and nothing more. Inside the timing: read the indicator and org-unit codes' ids, parse the
// same CSV bytes (header by name, then per line the codes looked up, year, quarter and value
// parsed and range-checked), and in one transaction write each figure and its audit row
// (timestamp formatted per row, note as the program writes it); COMMIT at synchronous=FULL.
// Not done (the program does them): the value rules, the note's text rules, the read of the
// rows already stored, the role and quarter-lock checks. A duplicate line is refused by the
// table's UNIQUE constraint instead of a set.
void BM_ImportRawCsv(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const QByteArray &csv = fixture.figuresCsv();
    ImportTimer timer;
    int64_t written = 0;
    for (auto _ : state) {
        const QString path = fixture.freshCopy();
        {
            const RawSqlite db(path.toStdString());
            timer.start();
            const IdsByCode indicatorIds = readIds(db, "SELECT id, code FROM indicators");
            const IdsByCode orgUnitIds = readIds(db, "SELECT id, code FROM org_units");
            CsvRecords records(std::string_view(csv.constData(), static_cast<size_t>(csv.size())));
            std::vector<std::string_view> fields;
            records.next(fields);
            const std::vector<std::string> header(fields.begin(), fields.end());
            const auto column = [&header](std::string_view name) {
                const auto it = std::find(header.begin(), header.end(), name);
                if (it == header.end())
                    throw std::runtime_error("the CSV has no column " + std::string(name));
                return static_cast<size_t>(it - header.begin());
            };
            const size_t codeAt = column("code"), orgUnitAt = column("org_unit"), yearAt = column("year"),
                         quarterAt = column("quarter"), valueAt = column("value"), noteAt = column("note");

            db.exec("BEGIN IMMEDIATE");
            const RawFigureWriter writer(db);
            int64_t rows = 0;
            while (records.next(fields)) {
                if (fields.size() != header.size())
                    throw std::runtime_error("a line of the CSV has the wrong number of fields");
                const std::string_view code = fields[codeAt], orgUnit = fields[orgUnitAt], note = fields[noteAt];
                const auto indicator = indicatorIds.find(code);
                const auto unit = orgUnitIds.find(orgUnit);
                int year = 0;
                int quarter = 0;
                double value = 0.0;
                if (indicator == indicatorIds.end() || unit == orgUnitIds.end() || !parse(fields[yearAt], &year)
                    || year < 1900 || year > 9999 || !parse(fields[quarterAt], &quarter) || quarter < 1
                    || quarter > 4 || !parse(fields[valueAt], &value) || !std::isfinite(value))
                    throw std::runtime_error("a line of the CSV is not a valid figure");

                writer.figure(indicator->second, unit->second, year, quarter, value, note);
                writer.audit(code, orgUnit, year, quarter, value, note);
                ++rows;
            }
            db.exec("COMMIT");
            timer.stop(state);
            written = rows;
        }
        BenchFixture::removeCopy(path);
    }
    if (written != fixture.bureau().figureCount())
        state.SkipWithError("the raw import did not write every figure");
    timer.report(state, fixture.bureau().figureCount());
}

// --- status table -----------------------------------------------------------------------

// The program's path: one org unit's figures and targets for the bureau's last year, the
// catalogue, and the evaluation of every indicator.
void BM_StatusTable(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const int year = fixture.bureau().lastYear();
    const std::unique_ptr<Database> db = BenchFixture::open(fixture.fullDatabase());
    const QString orgUnit = QString::fromLatin1(kStatusOrgUnit);
    qsizetype rows = 0;
    for (auto _ : state) {
        const YearFigures data = FigureRepository(*db).yearFigures(year, orgUnit);
        const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
        const QList<StatusRow> table = buildStatusTable(catalogue, data, Period{year, 4});
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
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const int year = fixture.bureau().lastYear();
    const std::unique_ptr<Database> db = BenchFixture::open(fixture.fullDatabase());
    const QString orgUnit = QString::fromLatin1(kStatusOrgUnit);
    for (auto _ : state) {
        const YearFigures data = FigureRepository(*db).yearFigures(year, orgUnit);
        benchmark::DoNotOptimize(data.values.size());
    }
}

void BM_StatusPartCatalogue(benchmark::State &state)
{
    const std::unique_ptr<Database> db = BenchFixture::open(BenchFixture::ofFigures(state.range(0)).fullDatabase());
    for (auto _ : state) {
        const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
        benchmark::DoNotOptimize(catalogue.constData());
    }
}

void BM_StatusPartEvaluate(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const int year = fixture.bureau().lastYear();
    const std::unique_ptr<Database> db = BenchFixture::open(fixture.fullDatabase());
    const YearFigures data = FigureRepository(*db).yearFigures(year, QString::fromLatin1(kStatusOrgUnit));
    const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
    for (auto _ : state) {
        const QList<StatusRow> table = buildStatusTable(catalogue, data, Period{year, 4});
        benchmark::DoNotOptimize(table.constData());
    }
}

// The baseline: one aggregate query over the same rows (the org unit's figures of the year
// joined to their indicators, plus targets), one result row per indicator with its four
// quarters side by side, every column read. It does not read the whole catalogue as the
// program does, and it groups, which the program does not.
void BM_StatusRawQuery(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::ofFigures(state.range(0));
    const int year = fixture.bureau().lastYear();
    const RawSqlite db(fixture.fullDatabase().toStdString());
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
        sqlite3_bind_int(s, 2, year);
        double sum = 0.0;
        rows = static_cast<int>(readAll(s, &sum));
        benchmark::DoNotOptimize(sum);
    }
    if (rows != SyntheticBureau::kIndicators)
        state.SkipWithError("the raw query does not return one row per indicator");
    state.counters["rows"] = rows;
}

} // namespace

// The sizes: one year of the bureau, ten (the default), a hundred.
void sizes(benchmark::internal::Benchmark *benchmark)
{
    for (const long long figures : {24'000LL, 240'000LL, 2'400'000LL})
        benchmark->Arg(figures);
}

// Each import takes seconds and needs a fresh database: one timed import per repetition,
// its setup (copying the database, opening it) outside the timing. The diagnostics run at
// the default size only.
#define ZHIBIAO_IMPORT(name) BENCHMARK(name)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond)
ZHIBIAO_IMPORT(BM_ImportCsv)->Apply(sizes);
ZHIBIAO_IMPORT(BM_ImportRawCsv)->Apply(sizes);
ZHIBIAO_IMPORT(BM_ImportValidateOnly)->Arg(SyntheticBureau::kFigures);
ZHIBIAO_IMPORT(BM_ImportRepositoryUpsert)->Arg(SyntheticBureau::kFigures);
ZHIBIAO_IMPORT(BM_ImportRawFigures)->Arg(SyntheticBureau::kFigures);
ZHIBIAO_IMPORT(BM_ImportRawFiguresWithAudit)->Arg(SyntheticBureau::kFigures);
BENCHMARK(BM_StatusTable)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusRawQuery)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusPartYearFigures)->Arg(SyntheticBureau::kFigures)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusPartCatalogue)->Arg(SyntheticBureau::kFigures)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StatusPartEvaluate)->Arg(SyntheticBureau::kFigures)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    // QtSql finds its SQLite driver through the application's plugin paths.
    QCoreApplication app(argc, argv);
    return runBenchmarks(argc, argv);
}
