#include "storage/database.h"

#include "storage/backupstore.h"
#include "storage/migrations.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"
#include "storage/transaction.h"

// An open connection's settings and its schema: the pragmas every session runs, the stored
// version, and the steps that bring an older file up to the program's (resources/sql).
namespace zhibiao {

void Database::configureConnection()
{
    const QSqlDatabase db = connection();
    for (const QString &pragma : SqliteDialect::connectionPragmas()) {
        Statement statement(db, pragma);
        statement.exec();
        statement.finish();
    }
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

int Database::schemaVersion() const
{
    Statement query(connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bind(QStringLiteral("schema_version")).exec();
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return version;
}

void Database::migrate(int fromVersion)
{
    const QSqlDatabase db = connection();
    if (fromVersion > 0)
        m_backupPath = BackupStore(m_path).createBeforeUpgrade(*this, fromVersion);
    for (int version = fromVersion + 1; version <= Migrations::latestVersion(); ++version) {
        Transaction transaction(*this);
        for (const QString &sql : Migrations::statements(version))
            Statement(db, sql).exec();
        if (version == 1)
            Statement(db, SqliteDialect::setApplicationId()).exec();
        Statement(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
            .bind(QStringLiteral("schema_version"))
            .bind(QString::number(version))
            .exec();
        transaction.commit();
    }
}

} // namespace zhibiao
