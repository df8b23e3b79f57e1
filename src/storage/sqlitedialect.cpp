#include "storage/sqlitedialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace zhibiao::SqliteDialect {

QString beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QStringList connectionPragmas()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
            QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL")};
}

QString applicationIdQuery()
{
    return QStringLiteral("PRAGMA application_id");
}

QString setApplicationId()
{
    return QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
}

QString quickCheck()
{
    return QStringLiteral("PRAGMA quick_check");
}

QString integrityCheck()
{
    return QStringLiteral("PRAGMA integrity_check");
}

QString tableNames()
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
}

QString backupInto()
{
    return QStringLiteral("VACUUM INTO ?");
}

StorageError errorOf(const QSqlError &error)
{
    using Kind = StorageError::Kind;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xFF; // the primary result code
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (numeric ? code : -1) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "another program is writing to this bureau file and did not finish in "
                                "time; try again in a moment"),
                            Kind::Busy);
    case 13: // SQLITE_FULL
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the disk is full"), Kind::DiskFull);
    case 8: // SQLITE_READONLY
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the file cannot be written (it, or its folder, is read-only)"), Kind::ReadOnly);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the file is damaged"), Kind::Damaged);
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the disk reported an error while reading or writing the file"), Kind::DiskError);
    default:
        return StorageError(detail.isEmpty() ? QCoreApplication::translate("zhibiao::SqliteDialect", "the database reported an unknown error") : detail);
    }
}

} // namespace zhibiao::SqliteDialect
