#pragma once

#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QSqlError;

namespace zhibiao {

// Everything in the storage layer that only SQLite understands. A PostgreSQL deployment
// replaces this one place; the repositories' SQL is portable.
namespace SqliteDialect {

// "ZHBA": marks a SQLite file as a Zhibiao database (PRAGMA application_id).
constexpr int kApplicationId = 0x5A484241;

QString beginWrite();
// Connection settings run on every open: foreign keys are per connection, WAL and FULL
// synchronous make an acknowledged commit survive a crash or a power cut.
QStringList connectionPragmas();
QString applicationIdQuery();
QString setApplicationId();
QString quickCheck();
QString integrityCheck();
QString tableNames();
QString backupInto(); // one bound parameter: the destination path
// A number that moves whenever another connection commits a change to the file (not for
// this connection's own commits): what tells a cache that someone else wrote.
QString dataVersion();

// A failed statement as the person should read it: what happened, in words, with the
// kind a front end needs to say what to do. SQLite's own text is kept only where it
// says something the words do not (a constraint, an unknown error).
StorageError errorOf(const QSqlError &error);
// The same for a failed statement: an error without a known cause (a defect of the
// program, most likely) keeps the start of the statement, for whoever reports it.
StorageError failureOf(const QSqlError &error, const QString &sql);

// A write statement run many times in one transaction (an import, a large paste): values
// bound by position, straight onto SQLite's own handle, without QtSql's per-value cost (a
// placeholder name formatted and hashed for every value). Where the driver's handle is not
// the SQLite library this program links (another copy, another version), it falls back to
// QtSql with the same behaviour. A PostgreSQL dialect would provide its own (multi-row
// VALUES or COPY) behind the same calls. Throws StorageError like Statement.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &bind(qint64 value);
    BulkStatement &bind(int value) { return bind(static_cast<qint64>(value)); }
    BulkStatement &bind(double value);
    BulkStatement &bind(const QString &value); // a null QString is bound as empty text
    BulkStatement &bind(const std::optional<double> &value); // nullopt: SQL NULL
    BulkStatement &bindNull();
    // Runs the statement with the values bound since the last exec, then clears them.
    void exec();
    // Prepares the statement now (it is otherwise prepared on the first bind or exec), so
    // that a statement SQLite cannot prepare throws here.
    void prepare() { impl(); }

    // Whether statements on db bind straight onto SQLite's handle (false: the QtSql fallback).
    static bool native(const QSqlDatabase &db);
    // For tests: every BulkStatement made after this takes the QtSql fallback (true) or
    // SQLite's handle where it can (false, the default), so both can be checked alike.
    static void forceQtSql(bool force);

    class Impl; // SQLite's handle or QtSql, chosen when prepared

private:
    // Prepared on first use: a batch of one edit never prepares the writes it does not make.
    Impl &impl();

    QSqlDatabase m_db;
    QString m_sql;
    std::unique_ptr<Impl> m_impl;
};

} // namespace SqliteDialect
} // namespace zhibiao
