#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace zhibiao {

class Database;

struct BackupEntry
{
    QString path;
    QDateTime createdUtc; // from the file name, which the store writes
    qint64 size = 0;
    int beforeSchema = 0; // a copy made before upgrading the file from this schema (0: a regular copy)
};

// The verified copies of one bureau file, by default in "FILE-backups/" beside it: one made
// before the first change of each day (the newest N kept), one before each schema upgrade
// (kept apart, so that daily copies never push it out), others on request, and the
// restore of one of them over the file.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupStore)

public:
    static constexpr int kDefaultKeep = 10;

    explicit BackupStore(QString databasePath, QString folder = {});

    static QString defaultFolder(const QString &databasePath);
    QString folder() const { return m_folder; }

    // This database's backups in the folder, newest first.
    QList<BackupEntry> list() const;
    // Writes a checked copy (throws StorageError, leaving no partial file) and returns its path.
    QString create(const Database &db, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    // The copy Database makes before migrating the file from `fromSchema`; the newest
    // `keep` such copies are kept.
    QString createBeforeUpgrade(const Database &db, int fromSchema, int keep = kDefaultKeep) const;
    // Called before the first write of a session: makes the day's backup unless one exists
    // from the same (UTC) day, then keeps the newest `keep`. Returns the new copy's path or
    // an empty string when the day already had one.
    QString ensureDaily(const Database &db, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc(),
                        int keep = kDefaultKeep) const;
    // Keeps the newest `keep` regular copies; copies made before an upgrade are not counted.
    void prune(int keep) const;

    // Whether a file is a sound Zhibiao database that this program can open; if not,
    // *message names the file and says why. Reads the file without changing it.
    static bool verify(const QString &file, QString *message);
    // Replaces the database with a verified backup. The replaced file (and its write-ahead
    // log) is kept beside it as FILE.before-restore, whose path is returned. Throws
    // StorageError, with the database untouched, when the backup is unsound or the
    // database is open in another program.
    QString restore(const QString &backupPath) const;

private:
    QString write(const Database &db, const QDateTime &nowUtc, int beforeSchema) const;
    void removePartials() const;
    void prune(int keep, bool upgradeCopies) const;

    QString m_databasePath;
    QString m_folder;
};

} // namespace zhibiao
