#pragma once

#include "core/figure.h"
#include "core/indicator.h"
#include "core/orgunit.h"
#include "io/interchange.h"
#include "storage/upsertcounts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhibiao {

class Database;

// A line of an import file that cannot be taken, and why.
struct ImportIssue
{
    int line = 0;
    QString column; // empty when the whole line or file is at fault
    QString reason;

    QString toString() const;
};

struct ImportResult
{
    QList<ImportIssue> errors; // non-empty: nothing was written
    int rows = 0;
    UpsertCounts counts;

    bool ok() const { return errors.isEmpty(); }
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

private:
    struct Parsed;
    Parsed parse(InterchangeKind kind, const QByteArray &data) const;

    const Database &m_db;
    QString m_userName;
};

} // namespace zhibiao
