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

// What the benchmarks share, built once per process outside any timing: the synthetic
// bureau, its files, an empty-but-catalogued database to copy for every import, and a
// database holding all 240,000 figures for the status table.
class BenchFixture
{
public:
    static BenchFixture &instance();
    // Opens a bench database or throws, so that a benchmark never times a failed open.
    static std::unique_ptr<Database> open(const QString &path,
                                          Database::Mode mode = Database::Mode::OpenExisting);

    const SyntheticBureau &bureau() const { return m_bureau; }
    const QByteArray &figuresCsv() const { return m_figuresCsv; }
    const std::vector<RawFigure> &rawFigures() const { return m_rawFigures; }

    // A new database file with the catalogue and org units only; removeCopy() deletes it.
    QString freshCopy();
    static void removeCopy(const QString &path);
    // The database with every target and figure (built on first use).
    const QString &fullDatabase();

private:
    BenchFixture();

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
