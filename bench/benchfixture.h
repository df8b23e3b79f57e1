#pragma once

#include "syntheticbureau.h"

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

namespace zhibiao {

// A figure as the raw baseline writes it: ids already resolved, text as UTF-8.
struct RawFigure
{
    long long indicatorId = 0;
    long long orgUnitId = 0;
    int year = 0;
    int quarter = 0;
    double value = 0.0;
    std::string note;
    std::string indicatorCode;
    std::string orgUnitCode;
};

// What the benchmarks share, built once per process and bureau size outside any timing: the
// synthetic bureau, its files, an empty-but-catalogued database to copy for every import, and
// a database holding all its figures for the status table. instance() is the default bureau
// (ten years, 240,000 figures); instance(years) one of that many years.
class BenchFixture
{
public:
    static BenchFixture &instance(int years = SyntheticBureau::kYears);
    // The fixture whose bureau holds `figures` figures (a multiple of a year's 24,000), for
    // benchmarks whose argument is the size; throws for any other number.
    static BenchFixture &ofFigures(long long figures);
    // Opens a bench database or throws, so that a benchmark never times a failed open.
    static std::unique_ptr<Database> open(const QString &path,
                                          Database::Mode mode = Database::Mode::OpenExisting);

    const SyntheticBureau &bureau() const { return m_bureau; }
    const QByteArray &figuresCsv() const { return m_figuresCsv; }
    // Built on first use: the figures with their ids resolved, for baselines without a CSV.
    const std::vector<RawFigure> &rawFigures();

    // A new database file with the catalogue and org units only; removeCopy() deletes it.
    QString freshCopy();
    static void removeCopy(const QString &path);
    // The database with every target and figure (built on first use).
    const QString &fullDatabase();

private:
    explicit BenchFixture(int years);

    QTemporaryDir m_dir;
    SyntheticBureau m_bureau;
    QByteArray m_figuresCsv;
    QString m_template;
    QString m_full;
    std::vector<RawFigure> m_rawFigures;
    int m_copies = 0;
};

// Google Benchmark's main, after the caller made the QCoreApplication (QtSql finds its
// SQLite driver through the application's plugin paths).
int runBenchmarks(int argc, char **argv);

} // namespace zhibiao
