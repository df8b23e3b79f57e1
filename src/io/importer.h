#pragma once

#include "core/figure.h"
#include "core/indicator.h"
#include "core/orgunit.h"
#include "io/interchange.h"
#include "io/recordtable.h"
#include "storage/storageerror.h"
#include "storage/upsertcounts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class Database;

// A line of an import file that cannot be taken, and why.
struct ImportIssue
{
    ImportIssue() = default;
    ImportIssue(int line, QString column, QString reason, QString cell = {})
        : line(line), column(std::move(column)), reason(std::move(reason)), cell(std::move(cell))
    {
    }

    int line = 0;
    QString column; // empty when the whole line or file is at fault
    QString reason;
    QString cell; // in a spreadsheet: the cell at fault, such as E5

    QString toString() const;
};

struct ImportResult
{
    QList<ImportIssue> errors; // non-empty: nothing was written
    int rows = 0;
    UpsertCounts counts;
    // Set when the file was sound but writing it failed (errors then holds that one
    // message): another program held the file, the disk was full, a role was refused…
    std::optional<StorageError::Kind> writeFailure;

    bool ok() const { return errors.isEmpty(); }
};

// A file's rows after validation: the accepted ones, each with its line, and the errors of
// the others. Only the list of the file's kind is filled.
struct ImportRows
{
    ImportResult result;
    QList<int> lines; // the line of each accepted row, in list order
    QList<Indicator> indicators;
    QList<OrgUnit> orgUnits;
    QList<Target> targets;
    QList<Figure> figures;
};

// Imports one interchange file. The whole file is validated against the file's own rules
// and the database's catalogue before anything is written; then all of it is written in
// one transaction, or none of it.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Importer)

public:
    Importer(const Database &db, QString userName) : m_db(db), m_userName(std::move(userName)) {}

    ImportResult validate(InterchangeKind kind, const QByteArray &data) const;
    ImportResult import(InterchangeKind kind, const QByteArray &data,
                        const QString &sourceName = {}) const;

    // The same for a file already read into rows (CSV or XLSX, see ImportFile).
    ImportRows read(InterchangeKind kind, const RecordTable &table,
                    const ImportProgress &progress = {}) const;
    ImportResult import(InterchangeKind kind, const RecordTable &table, const QString &sourceName,
                        const ImportProgress &progress = {}) const;
    // Writes rows that read() accepted, all in one transaction (nothing when they hold errors).
    ImportResult write(InterchangeKind kind, ImportRows &rows, const QString &sourceName) const;

private:

    const Database &m_db;
    QString m_userName;
};

} // namespace zhibiao
