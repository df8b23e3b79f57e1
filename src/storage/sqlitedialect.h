#pragma once

#include "storage/storageerror.h"

#include <QString>

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

// A failed statement as the person should read it: what happened, in words, with the
// kind a front end needs to say what to do. SQLite's own text is kept only where it
// says something the words do not (a constraint, an unknown error).
StorageError errorOf(const QSqlError &error);

} // namespace SqliteDialect
} // namespace zhibiao
