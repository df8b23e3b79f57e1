#include "storage/database.h"

#include "storage/codetablecache.h"
#include "storage/databasecheck.h"
#include "storage/migrations.h"
#include "storage/sqlitedialect.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

// Opening and creating a bureau file: what is refused before anything is written, the
// atomic creation of a new file, and the connection's lifetime. The look at an existing
// file is databasecheck.cpp's; the pragmas and migrations are databaseschema.cpp's.
namespace zhibiao {

namespace {

using DatabaseCheck::CompanionFiles;
using DatabaseCheck::Inspection;
using DatabaseCheck::inspect;
using DatabaseCheck::makeError;
using DatabaseCheck::nextConnectionName;

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

CodeTableCache &Database::codeTables() const
{
    if (!m_codeTables)
        m_codeTables = std::make_unique<CodeTableCache>(*this);
    return *m_codeTables;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    openHere(m_path, +1);
}

Database::~Database()
{
    m_codeTables.reset(); // its prepared statement goes before the connection
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

std::optional<OpenError> Database::problemOf(const QString &path, CheckStop *stop)
{
    const Inspection found = inspect(path, true, stop);
    if (stop && stop->stopped())
        return std::nullopt;
    if (found.error)
        return found.error;
    return std::nullopt;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, OpenError *error, Check check)
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
                                     : inspect(path, check == Check::Now);
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

} // namespace zhibiao
