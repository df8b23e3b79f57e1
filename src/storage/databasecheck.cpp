#include "storage/databasecheck.h"

#include "storage/migrations.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>

#include <atomic>

// The soundness of a bureau file: the look before it is opened (DatabaseCheck::inspect),
// SQLite's integrity check, and a backup copy that must read back as sound.
namespace zhibiao {

namespace DatabaseCheck {

namespace {

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

// Less free space than this, and SQLite cannot make the WAL index it needs even to read.
constexpr qint64 kFullDiskBytes = 256 * 1024;

} // namespace

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("zhibiao-%1").arg(++counter);
}

Inspection inspect(const QString &path, bool quickCheck, CheckStop *stop)
{
    Inspection result;
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).size() == 0) {
        result.empty = true;
        return result;
    }
    if (!hasSqliteHeader(path)) {
        result.error = makeError(OpenError::Code::NotOurs,
                                 Database::tr("%1 is not a Zhibiao database (it is not a SQLite file). "
                                    "Choose the bureau's .zhibiao or .db file, or create a new one.")
                                     .arg(name));
        return result;
    }

    const QString connectionName = nextConnectionName();
    const CompanionFiles companions(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        try {
            if (!db.open())
                throw SqliteDialect::errorOf(db.lastError());
            if (quickCheck) {
                if (stop)
                    stop->attach(db.driver()->handle());
                QString verdict;
                try {
                    Statement check(db, SqliteDialect::quickCheck());
                    check.exec();
                    verdict = check.next() ? check.value(0).toString() : QString();
                    check.finish();
                } catch (...) {
                    if (stop)
                        stop->detach();
                    throw;
                }
                if (stop)
                    stop->detach();
                if (verdict != QLatin1String("ok"))
                    throw StorageError(verdict, StorageError::Kind::Damaged);
            }

            Statement tables(db, SqliteDialect::tableNames());
            tables.exec();
            const QStringList names = tables.firstColumnTexts();
            tables.finish();

            Statement appId(db, SqliteDialect::applicationIdQuery());
            appId.exec();
            const int id = appId.next() ? appId.value(0).toInt() : 0;
            appId.finish();

            if (names.isEmpty() && id == 0) {
                result.empty = true;
            } else if (id != SqliteDialect::kApplicationId || !names.contains(QLatin1String("meta"))) {
                result.error = makeError(
                    OpenError::Code::NotOurs,
                    Database::tr("%1 is a SQLite database of another program, not a Zhibiao database. "
                       "It was not changed. Choose the bureau's Zhibiao file, or create a new one.")
                        .arg(name));
            } else {
                Statement version(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
                version.bind(QStringLiteral("schema_version")).exec();
                result.version = version.next() ? version.value(0).toInt() : 0;
                version.finish();
                if (result.version > Migrations::latestVersion()) {
                    result.error = makeError(
                        OpenError::Code::NewerSchema,
                        Database::tr("%1 was written by a newer version of Zhibiao (schema %2; this "
                           "program knows up to %3). It was not changed. Install the newer "
                           "Zhibiao to open it.")
                            .arg(name)
                            .arg(result.version)
                            .arg(Migrations::latestVersion()));
                }
            }
        } catch (const StorageError &e) {
            // A WAL file cannot even be read where its -shm file cannot be made (a read-only
            // folder or mount): that is no damage, and restoring a backup would not help.
            const QFileInfo info(path);
            const QStorageInfo disk(info.absolutePath());
            if (disk.isValid() && disk.bytesAvailable() < kFullDiskBytes) {
                // Likewise on a full disk: the file is fine, the disk has no room for them.
                result.error = makeError(
                    OpenError::Code::Failed,
                    Database::tr("%1 cannot be opened: the disk it is on is full (%2 KB free). It "
                       "was not changed. Free some space on that disk and open it again.")
                        .arg(name)
                        .arg(disk.bytesAvailable() / 1024));
            } else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
                result.error = makeError(
                    OpenError::Code::ReadOnly,
                    Database::tr("%1 is read-only (the file or its folder cannot be written). It "
                       "was not changed. Copy it to a folder you can write to, or ask "
                       "for write permission.")
                        .arg(name));
            } else if (e.kind() == StorageError::Kind::Busy) {
                result.error = makeError(
                    OpenError::Code::Failed,
                    Database::tr("%1 cannot be opened now: another program is writing to it and did "
                                 "not finish in time. It was not changed. Try again in a moment.")
                        .arg(name));
            } else {
                result.error = makeError(OpenError::Code::Damaged,
                                         Database::tr("%1 is damaged and cannot be read. It was not changed. "
                                                      "Restore it from a backup copy (File > Restore from "
                                                      "Backup…, or zhibiao-cli restore).")
                                             .arg(name));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    companions.removeOursIfUnused(); // a look leaves nothing; a real open makes its own
    return result;
}

} // namespace DatabaseCheck

using DatabaseCheck::Inspection;
using DatabaseCheck::inspect;

bool Database::integrityCheck(QString *details) const
{
    Statement check(connection(), SqliteDialect::integrityCheck());
    check.exec();
    const QStringList lines = check.firstColumnTexts();
    check.finish();
    if (details)
        *details = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

void Database::backupTo(const QString &destination) const
{
    if (QFileInfo::exists(destination))
        throw StorageError(Database::tr("the backup file %1 already exists").arg(destination));
    Statement backup(connection(), SqliteDialect::backupInto());
    backup.bind(destination).exec();
    // A copy is only worth keeping if it reads back as a sound Zhibiao file.
    const Inspection copy = inspect(destination);
    if (copy.error || copy.empty)
        throw StorageError(Database::tr("the backup copy %1 failed its check: %2")
                               .arg(destination, copy.error.message));
}

} // namespace zhibiao
