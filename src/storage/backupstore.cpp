#include "storage/backupstore.h"

#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/migrations.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>

namespace zhibiao {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Where a copy is written before it is checked and renamed into place: never listed, and
// removed when found (a copy killed half-way, with its journal).
const QString kPartialSuffix = QStringLiteral(".partial");

// Smaller than one SQLite page, or without the header: not a copy at all (a write that
// was cut short). Such a file is never listed; verify() tells everything else.
bool looksLikeSqlite(const QFileInfo &info)
{
    if (info.size() < 512)
        return false;
    QFile file(info.absoluteFilePath());
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

// Makes a written file and its name durable before it counts as a backup.
bool syncFileAndFolder(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
        return false;
    file.close();
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int handle = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (handle < 0)
        return false;
    const bool ok = ::fsync(handle) == 0;
    ::close(handle);
    return ok;
}

QRegularExpression backupPattern(const QString &databaseFileName)
{
    return QRegularExpression(QStringLiteral("^%1\\.(\\d{8}-\\d{6}-\\d{3})(?:\\.before-upgrade-v(\\d+))?\\.bak$")
                                  .arg(QRegularExpression::escape(databaseFileName)));
}

bool copyIfExists(const QString &from, const QString &to)
{
    return !QFileInfo::exists(from) || QFile::copy(from, to);
}

// Why the file cannot serve as a Zhibiao database, or empty when it can.
// everyPage: SQLite's integrity check of every page (time in proportion to the size).
QString problemOf(const QString &file, bool everyPage = true)
{
    QFile raw(file);
    if (!raw.open(QIODevice::ReadOnly))
        return BackupStore::tr("it cannot be read (%1)").arg(raw.errorString());
    if (raw.read(16) != QByteArray("SQLite format 3", 16))
        return BackupStore::tr("it is not a SQLite file");
    raw.close();

    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("zhibiao-verify-%1").arg(++counter);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        // immutable: no lock, no -wal or -shm beside a copy that nobody writes.
        QUrl url = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        try {
            if (!db.open())
                throw StorageError(db.lastError().text());
            QStringList lines{QStringLiteral("ok")};
            if (everyPage) {
                Statement check(db, SqliteDialect::integrityCheck());
                lines = check.exec().firstColumnTexts();
                check.finish();
            }
            if (lines != QStringList{QStringLiteral("ok")}) {
                problem = BackupStore::tr("it is damaged (SQLite says: %1)").arg(lines.join(QLatin1String("; ")));
            } else {
                Statement appId(db, SqliteDialect::applicationIdQuery());
                appId.exec();
                const int id = appId.next() ? appId.value(0).toInt() : 0;
                appId.finish();
                if (id != SqliteDialect::kApplicationId) {
                    problem = BackupStore::tr("it is a SQLite file of another program, not a Zhibiao database");
                } else {
                    Statement version(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
                    version.bind(QStringLiteral("schema_version")).exec();
                    const int schema = version.next() ? version.value(0).toInt() : 0;
                    version.finish();
                    if (schema < 1)
                        problem = BackupStore::tr("it has no Zhibiao schema version");
                    else if (schema > Migrations::latestVersion())
                        problem = BackupStore::tr("it was written by a newer Zhibiao (schema %1; this "
                                                  "program knows up to %2)")
                                      .arg(schema)
                                      .arg(Migrations::latestVersion());
                }
            }
        } catch (const StorageError &e) {
            problem = BackupStore::tr("it is damaged (SQLite says: %1)").arg(e.message());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return problem;
}

} // namespace

BackupStore::BackupStore(QString databasePath, QString folder)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()),
      m_folder(folder.isEmpty() ? defaultFolder(m_databasePath) : QFileInfo(folder).absoluteFilePath())
{
}

QString BackupStore::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-backups");
}

QList<BackupEntry> BackupStore::list() const
{
    const QRegularExpression pattern = backupPattern(QFileInfo(m_databasePath).fileName());
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : files) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch() || !looksLikeSqlite(info))
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), kStampFormat);
        at.setTimeSpec(Qt::UTC);
        entries << BackupEntry{info.absoluteFilePath(), at, info.size(), match.captured(2).toInt()};
    }
    return entries;
}

QString BackupStore::create(const Database &db, const QDateTime &nowUtc) const
{
    return write(db, nowUtc, 0);
}

QString BackupStore::createBeforeUpgrade(const Database &db, int fromSchema, int keep) const
{
    const QString path = write(db, QDateTime::currentDateTimeUtc(), fromSchema);
    prune(keep, true);
    return path;
}

QString BackupStore::write(const Database &db, const QDateTime &nowUtc, int beforeSchema) const
{
    if (!QDir().mkpath(m_folder))
        throw StorageError(tr("Cannot create the backup folder %1. Choose a folder you can write to.")
                               .arg(nativeName(m_folder)));
    QDateTime at = nowUtc.toUTC();
    QString path;
    do {
        const QString kind = beforeSchema > 0 ? QStringLiteral(".before-upgrade-v%1").arg(beforeSchema)
                                              : QString();
        path = QDir(m_folder).filePath(QStringLiteral("%1.%2%3.bak")
                                           .arg(QFileInfo(m_databasePath).fileName(),
                                                at.toString(kStampFormat), kind));
        at = at.addMSecs(1);
    } while (QFileInfo::exists(path));
    removePartials();
    // Written under a name no list takes, checked, made durable, then renamed into place:
    // a copy cut short by a kill or a full disk never counts as a backup.
    const QString partial = path + kPartialSuffix;
    try {
        db.backupTo(partial);
        if (!syncFileAndFolder(partial) || !QFile::rename(partial, path) || !syncFileAndFolder(path))
            throw StorageError(tr("the copy could not be made durable (is the disk full?)"), StorageError::Kind::DiskFull);
    } catch (const StorageError &e) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        QFile::remove(path);
        const QStorageInfo disk(m_folder);
        const bool full = e.kind() == StorageError::Kind::DiskFull || (disk.isValid() && disk.bytesAvailable() < 1024 * 1024);
        throw StorageError(tr("The backup of %1 to %2 failed: %3")
                               .arg(nativeName(m_databasePath), nativeName(path),
                                    full ? tr("the disk is full") : e.message()),
                           full ? StorageError::Kind::DiskFull : e.kind());
    }
    return path;
}

void BackupStore::removePartials() const
{
    const QString prefix = QFileInfo(m_databasePath).fileName() + QLatin1Char('.');
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        if (name.startsWith(prefix) && (name.endsWith(kPartialSuffix) || name.endsWith(kPartialSuffix + QStringLiteral("-journal"))))
            QFile::remove(info.absoluteFilePath());
    }
}

QString BackupStore::ensureDaily(const Database &db, const QDateTime &nowUtc, int keep) const
{
    const QDate today = nowUtc.toUTC().date();
    for (const BackupEntry &entry : list()) {
        // A copy of ours stands for the day. Its pages were checked when it was made (create)
        // and are again before it is restored; checking them at every start too would read
        // the whole copy each time the window opens.
        if (entry.createdUtc.date() == today && entry.beforeSchema == 0 && problemOf(entry.path, false).isEmpty())
            return {};
    }
    const QString path = create(db, nowUtc);
    prune(keep);
    return path;
}

void BackupStore::prune(int keep) const
{
    prune(keep, false);
}

void BackupStore::prune(int keep, bool upgradeCopies) const
{
    int kept = 0;
    for (const BackupEntry &entry : list()) {
        if ((entry.beforeSchema > 0) != upgradeCopies)
            continue;
        if (++kept > std::max(keep, 1))
            QFile::remove(entry.path);
    }
}

bool BackupStore::verify(const QString &file, QString *message)
{
    const QString problem = problemOf(file);
    if (message)
        *message = problem.isEmpty() ? QString()
                                     : tr("%1 cannot be used as a Zhibiao backup: %2.")
                                           .arg(nativeName(file), problem);
    return problem.isEmpty();
}

QString BackupStore::restore(const QString &backupPath) const
{
    QString message;
    if (!verify(backupPath, &message))
        throw StorageError(message + QLatin1Char(' ') + tr("Nothing was changed; choose another backup."));

    InstanceLock lock(m_databasePath);
    if (!lock.tryLock())
        throw StorageError(lock.message());

    const QString name = nativeName(m_databasePath);
    QString before;
    if (QFileInfo::exists(m_databasePath)) {
        before = m_databasePath + QStringLiteral(".before-restore");
        for (int n = 2; QFileInfo::exists(before); ++n)
            before = m_databasePath + QStringLiteral(".before-restore-%1").arg(n);
        // A raw copy with the write-ahead log keeps even a file SQLite cannot open.
        if (!QFile::copy(m_databasePath, before)
            || !copyIfExists(m_databasePath + QStringLiteral("-wal"), before + QStringLiteral("-wal")))
            throw StorageError(tr("Cannot keep a copy of %1 before the restore (is the disk full?). "
                                  "Nothing was changed.")
                                   .arg(name));
    }

    QFile source(backupPath);
    QSaveFile target(m_databasePath);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        throw StorageError(tr("Cannot write %1: %2. Nothing was changed.").arg(name, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (target.write(chunk) != chunk.size())
            throw StorageError(tr("Cannot write %1: %2. Nothing was changed.").arg(name, target.errorString()));
    }
    // The old log would be replayed into the restored file: it goes before the swap.
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    if (!target.commit())
        throw StorageError(tr("Cannot replace %1: %2. The previous file is kept as %3.")
                               .arg(name, target.errorString(), nativeName(before)));
    return before;
}

} // namespace zhibiao
