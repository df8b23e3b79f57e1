#pragma once

#include "core/period.h"
#include "io/interchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zhibiao {

class Database;

// Writes the interchange files that Importer reads back unchanged, as CSV or XLSX, and the
// entry template: a figures file to fill in a spreadsheet.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Exporter)

public:
    explicit Exporter(const Database &db) : m_db(db) {}

    // year 0: every year (targets and figures only; the others have no year).
    QByteArray exportCsv(InterchangeKind kind, int year = 0) const;
    // The file's rows as text, the header first.
    QList<QStringList> records(InterchangeKind kind, int year = 0) const;
    // CSV or XLSX by the file's extension; false with *error set when it cannot be written.
    bool exportFile(InterchangeKind kind, int year, const QString &path, QString *error) const;

    // The figures columns followed by helper columns that an import ignores.
    static QStringList templateColumns();
    // One row per indicator in use, for one org unit and quarter: value and note empty.
    QList<QStringList> templateRecords(const QString &orgUnitCode, Period period) const;
    // CSV or XLSX by extension; false with *error set for an unknown org unit or a write error.
    bool exportTemplate(const QString &orgUnitCode, Period period, const QString &path,
                        QString *error) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
