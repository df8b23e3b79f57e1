#include "storage/sqlitedialect.h"

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

} // namespace zhibiao::SqliteDialect
