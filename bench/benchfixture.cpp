#include "benchfixture.h"

#include "rawsqlite.h"
#include "storage/database.h"

#include <QFile>
#include <QHash>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <map>
#include <stdexcept>

namespace zhibiao {

namespace {

QHash<QString, long long> idsByCode(const RawSqlite &db, const char *sql)
{
    QHash<QString, long long> ids;
    const RawSqlite::StatementPtr query = db.prepare(sql);
    while (sqlite3_step(query.get()) == SQLITE_ROW)
        ids.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 1))),
                   sqlite3_column_int64(query.get(), 0));
    return ids;
}

} // namespace

BenchFixture &BenchFixture::instance(int years)
{
    // One per size, made on first use and kept for the process: a benchmark program runs
    // one size's benchmarks after another, and each fixture is built outside any timing.
    static std::map<int, std::unique_ptr<BenchFixture>> fixtures;
    std::unique_ptr<BenchFixture> &fixture = fixtures[years];
    if (!fixture)
        fixture.reset(new BenchFixture(years));
    return *fixture;
}

BenchFixture &BenchFixture::ofFigures(long long figures)
{
    if (figures <= 0 || figures % SyntheticBureau::kFiguresPerYear != 0)
        throw std::invalid_argument("a bench bureau holds whole years of 24,000 figures");
    return instance(static_cast<int>(figures / SyntheticBureau::kFiguresPerYear));
}

BenchFixture::BenchFixture(int years) : m_bureau(years), m_figuresCsv(m_bureau.figuresCsv())
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    m_template = m_dir.filePath(QStringLiteral("template.zhibiao"));
    {
        // Closing the last connection checkpoints the WAL into the file: a plain copy of
        // the file is then a complete database.
        const std::unique_ptr<Database> db = BenchFixture::open(m_template, Database::Mode::CreateIfMissing);
        m_bureau.install(*db, false);
    }
}

const std::vector<RawFigure> &BenchFixture::rawFigures()
{
    if (!m_rawFigures.empty())
        return m_rawFigures;
    const RawSqlite raw(m_template.toStdString());
    const QHash<QString, long long> indicatorIds = idsByCode(raw, "SELECT id, code FROM indicators");
    const QHash<QString, long long> orgUnitIds = idsByCode(raw, "SELECT id, code FROM org_units");
    m_rawFigures.reserve(static_cast<size_t>(m_bureau.figures().size()));
    for (const Figure &f : m_bureau.figures())
        m_rawFigures.push_back(RawFigure{indicatorIds.value(f.indicatorCode), orgUnitIds.value(f.orgUnitCode),
                                         f.period.year, f.period.quarter, f.value, f.note.toStdString(),
                                         f.indicatorCode.toStdString(), f.orgUnitCode.toStdString()});
    return m_rawFigures;
}

QString BenchFixture::freshCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("copy-%1.zhibiao").arg(++m_copies));
    if (!QFile::copy(m_template, path))
        throw std::runtime_error("cannot copy the template database");
    return path;
}

void BenchFixture::removeCopy(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

const QString &BenchFixture::fullDatabase()
{
    if (m_full.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("full.zhibiao"));
        const std::unique_ptr<Database> db = BenchFixture::open(path, Database::Mode::CreateIfMissing);
        m_bureau.install(*db, true);
        m_full = path;
    }
    return m_full;
}

std::unique_ptr<Database> BenchFixture::open(const QString &path, Database::Mode mode)
{
    OpenError error;
    std::unique_ptr<Database> db = Database::open(path, mode, &error);
    if (!db)
        throw std::runtime_error(error.message.toStdString());
    return db;
}

int runBenchmarks(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace zhibiao
