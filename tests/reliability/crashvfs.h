#pragma once

#include <QString>

namespace zhibiao::test {

// A SQLite VFS for power-loss tests, registered as the default so that QtSql's connections
// (Qt's driver uses the same system libsqlite3) go through it. It passes everything to the
// "unix" VFS and keeps, for each database and log file, the image that xSync last made
// durable. A simulated crash freezes those images: what was written but not yet synced is
// lost, as after a power cut, or (Crash::Torn) partly written and partly garbage, as when
// the disk was halfway through its queue. SQLite's own crash tests work the same way.
namespace CrashVfs {

void install();
// What a crash does to the writes made since a file's last sync.
enum class Crash {
    DropUnsynced, // all of them are lost
    Torn,         // each sector of them lost, written or garbage; each truncate done or not
};
// Starts a run: the crash happens before the given write/sync/truncate operation (0: never).
// `seed` makes a torn crash repeatable.
void arm(qint64 crashAtOperation, Crash kind = Crash::DropUnsynced, quint32 seed = 1);
qint64 operations();
bool crashed();
// Sectors that torn crashes have filled with garbage so far (all runs together).
qint64 garbageSectors();
void crashNow();
// Writes the frozen durable image of every file that was under sourceDir into targetDir
// (same names); returns how many files were written.
int writeDurableImages(const QString &sourceDir, const QString &targetDir);
// How many files under dir SQLite opened through this VFS: proof that QtSql uses it.
int filesOpened(const QString &dir);
void forget(const QString &dir);

} // namespace CrashVfs
} // namespace zhibiao::test
