#include "storage/database.h"

#include "storage/backupstore.h"

#include "storage/migrations.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStorageInfo>
#include <QSqlError>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

namespace zhibiao {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("zhibiao-%1").arg(++counter);
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

// Less free space than this, and SQLite cannot make the WAL index it needs even to read.
constexpr qint64 kFullDiskBytes = 256 * 1024;

// Closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
// too (SQLite's "How To Corrupt": 2.2): a file open here is never read again by hand.
int openHere(const QString &path, int change)
{
    static std::mutex mutex;
    static QHash<QString, int> counts;
    const std::lock_guard<std::mutex> guard(mutex);
    const int count = counts.value(path) + change;
    if (count > 0)
        counts.insert(path, count);
    else
        counts.remove(path);
    return count;
}

// A read-only SQLite connection to a WAL file leaves the -wal and -shm files it made. The
// program leaves nothing beside a file it only looked at: after closing, each companion
// that was not there before is removed while the log is empty (so nobody else uses it).
class CompanionFiles
{
public:
    explicit CompanionFiles(const QString &path)
        : m_wal(path + QStringLiteral("-wal")), m_shm(path + QStringLiteral("-shm")),
          m_hadWal(QFileInfo::exists(m_wal)), m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    void removeOursIfUnused() const
    {
        if (!m_hadWal && QFileInfo::exists(m_wal) && QFileInfo(m_wal).size() == 0)
            QFile::remove(m_wal);
        if (!m_hadShm && !QFileInfo::exists(m_wal))
            QFile::remove(m_shm);
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

// What a read-only look at an existing file finds, before anything may write to it.
struct Inspection
{
    OpenError error;
    int version = 0;
    bool empty = false; // a SQLite file with no tables (or a zero-length file)
};

OpenError makeError(OpenError::Code code, const QString &message)
{
    return OpenError{code, message};
}

Inspection inspect(const QString &path)
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
            Statement check(db, SqliteDialect::quickCheck());
            check.exec();
            const QString verdict = check.next() ? check.value(0).toString() : QString();
            check.finish();
            if (verdict != QLatin1String("ok"))
                throw StorageError(verdict, StorageError::Kind::Damaged);

            Statement tables(db, SqliteDialect::tableNames());
            tables.exec();
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
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

bool syncPath(const QString &path, int flags)
{
    const int handle = ::open(QFile::encodeName(path).constData(), flags);
    if (handle < 0)
        return false;
    const bool ok = ::fsync(handle) == 0;
    ::close(handle);
    return ok;
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

bool Database::createAtomically(const QString &path, QString *problem)
{
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.creating-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    removeWithCompanions(temporary);
    {
        Database building(temporary, nextConnectionName());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), building.m_connectionName);
        db.setDatabaseName(temporary);
        try {
            if (!db.open())
                throw SqliteDialect::errorOf(db.lastError());
            building.configureConnection();
            building.migrate(0);
        } catch (const StorageError &e) {
            *problem = e.message();
        }
    } // closing the last connection folds the log into the file
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(path);
    // link() never replaces a file that appeared meanwhile, unlike rename().
    if (problem->isEmpty() && (!syncPath(temporary, O_RDONLY) || ::link(from.constData(), to.constData()) != 0))
        *problem = errno == EEXIST ? Database::tr("a file of that name appeared meanwhile")
                                   : QString::fromLocal8Bit(std::strerror(errno));
    removeWithCompanions(temporary);
    if (!problem->isEmpty())
        return false;
    syncPath(target.absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    openHere(m_path, +1);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    openHere(m_path, -1);
    if (m_readOnlyCleanup)
        m_readOnlyCleanup();
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, OpenError *error)
{
    OpenError ignored;
    OpenError &err = error ? *error : ignored;
    err = {};
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool creating = !info.exists();

    int version = 0;
    bool readOnly = false;
    if (creating) {
        if (mode == Mode::OpenExisting || mode == Mode::ReadOnly) {
            err = makeError(OpenError::Code::NotFound,
                            Database::tr("%1 does not exist. Check the path, or create a bureau database "
                               "with: zhibiao-cli --db %1 init")
                                .arg(name));
            return nullptr;
        }
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir()) {
            err = makeError(OpenError::Code::NotFound,
                            Database::tr("Cannot create %1: the folder %2 does not exist. Create the folder "
                                         "first, or choose another one.")
                                .arg(name, QDir::toNativeSeparators(folder.absoluteFilePath())));
            return nullptr;
        }
        if (!folder.isWritable()) {
            err = makeError(OpenError::Code::ReadOnly,
                            Database::tr("Cannot create %1: the folder is not writable. Choose a folder you "
                               "can write to.")
                                .arg(name));
            return nullptr;
        }
    } else {
        if (mode == Mode::CreateNew) {
            err = makeError(OpenError::Code::Failed,
                            Database::tr("%1 already exists; it was not changed. Choose a new file name.").arg(name));
            return nullptr;
        }
        // Already open in this process: sound, ours and migrated.
        const Inspection found = openHere(info.absoluteFilePath(), 0) > 0
                                     ? Inspection{{}, Migrations::latestVersion(), false}
                                     : inspect(path);
        if (found.error) {
            err = found.error;
            return nullptr;
        }
        if (found.empty && (mode == Mode::OpenExisting || mode == Mode::ReadOnly)) {
            err = makeError(OpenError::Code::NotOurs,
                            Database::tr("%1 is empty, not a Zhibiao database. Create a bureau database "
                               "with: zhibiao-cli --db %1 init")
                                .arg(name));
            return nullptr;
        }
        version = found.version;
        // WAL keeps two files beside the database: the folder must be writable too.
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            if (mode != Mode::ReadOnly) {
                err = makeError(OpenError::Code::ReadOnly,
                                Database::tr("%1 is read-only (the file or its folder cannot be written). It "
                                   "was not changed. Copy it to a folder you can write to, or ask "
                                   "for write permission.")
                                    .arg(name));
                return nullptr;
            }
            if (version < Migrations::latestVersion()) {
                err = makeError(OpenError::Code::ReadOnly,
                                Database::tr("%1 is read-only and was written by an older Zhibiao: it must be "
                                             "upgraded before it can be read, which needs write permission. It "
                                             "was not changed. Copy it to a folder you can write to.")
                                    .arg(name));
                return nullptr;
            }
            readOnly = true;
        }
    }

    if (creating) {
        // A new file gets its whole schema under a temporary name and only then its real
        // one, so that a power cut or a full disk never leaves a half-made bureau.
        QString problem;
        if (!createAtomically(info.absoluteFilePath(), &problem)) {
            err = makeError(OpenError::Code::Failed,
                            Database::tr("Cannot create %1: %2. No file was left behind.").arg(name, problem));
            return nullptr;
        }
        version = Migrations::latestVersion();
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->m_readOnly = readOnly;
    const CompanionFiles companions(database->m_path);
    if (readOnly) // a read-only session leaves what it found, no more
        database->m_readOnlyCleanup = [companions] { companions.removeOursIfUnused(); };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    bool migrating = false;
    try {
        if (!db.open())
            throw SqliteDialect::errorOf(db.lastError());
        database->configureConnection();
        migrating = version < Migrations::latestVersion();
        if (migrating)
            database->migrate(version);
    } catch (const StorageError &e) {
        // A file whose stored version is below what its tables already hold fails its upgrade
        // on objects that exist ("index … already exists"): that is a damaged file.
        const bool schemaMismatch = migrating && version > 0 && e.kind() == StorageError::Kind::Failed;
        err = schemaMismatch
                  ? makeError(OpenError::Code::Damaged,
                              Database::tr("%1 says it has schema version %2, but its tables do not match that "
                                           "version, so it cannot be upgraded. It was not changed. Restore it "
                                           "from a backup copy.")
                                  .arg(name)
                                  .arg(version))
                  : makeError(OpenError::Code::Failed,
                              Database::tr("Cannot open %1: %2. It was not changed.").arg(name, e.message()));
        if (creating)
            err.message = Database::tr("Cannot create %1: %2. No file was left behind.").arg(name, e.message());
        database.reset();
        // A file this call made is removed again, with whatever SQLite put beside it.
        if (creating) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-journal")})
                QFile::remove(info.absoluteFilePath() + suffix);
        } else {
            companions.removeOursIfUnused();
        }
        return nullptr;
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

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

bool Database::integrityCheck(QString *details) const
{
    Statement check(connection(), SqliteDialect::integrityCheck());
    check.exec();
    QStringList lines;
    while (check.next())
        lines << check.value(0).toString();
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
