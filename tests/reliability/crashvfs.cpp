#include "crashvfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace zhibiao::test::CrashVfs {

namespace {

// A change to a file since its last xSync: a write (data at offset) or a truncate (to size).
struct Pending
{
    sqlite3_int64 offset = 0;
    QByteArray data; // empty: a truncate to `offset`
};

constexpr int kSector = 512;

struct State
{
    sqlite3_vfs *real = nullptr;
    QHash<QString, QByteArray> durable; // by full path
    QHash<QString, QList<Pending>> pending; // since each file's last sync, in order
    QHash<QString, QByteArray> frozen;
    bool torn = false;
    QRandomGenerator random;
    qint64 garbageSectors = 0; // over all torn crashes: proof that tearing happened
    QHash<QString, int> opened;
    qint64 operations = 0;
    qint64 crashAt = 0;
    bool crashed = false;
};

State &state()
{
    static State s;
    return s;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    bool tracked;
    char path[512];
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

QByteArray contentOf(sqlite3_file *real)
{
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK || size <= 0)
        return {};
    QByteArray data(static_cast<qsizetype>(size), '\0');
    if (real->pMethods->xRead(real, data.data(), static_cast<int>(size), 0) != SQLITE_OK)
        return {};
    return data;
}

// What part of the unsynced changes reached the disk in a torn crash: each sector of each
// pending write independently written, not written, or garbage, and each truncate done or
// not (SQLite's crash tests model the same). Only bytes inside a write's own range change,
// which is the "powersafe overwrite" property SQLite assumes of the unix VFS.
void applyTorn(QByteArray &image, const QList<Pending> &changes, QRandomGenerator &random,
               qint64 &garbageSectors)
{
    for (const Pending &change : changes) {
        if (change.data.isEmpty()) {
            if (random.bounded(2) == 0 && change.offset < image.size())
                image.truncate(static_cast<qsizetype>(change.offset));
            continue;
        }
        qsizetype done = 0;
        while (done < change.data.size()) {
            const sqlite3_int64 at = change.offset + done;
            const qsizetype piece = std::min<qsizetype>(change.data.size() - done, kSector - at % kSector);
            const int fate = static_cast<int>(random.bounded(3)); // 0 lost, 1 written, 2 garbage
            garbageSectors += fate == 2 ? 1 : 0;
            if (fate != 0) {
                if (image.size() < at + piece)
                    image.resize(static_cast<qsizetype>(at + piece), '\0');
                for (qsizetype i = 0; i < piece; ++i)
                    image[static_cast<qsizetype>(at) + i] =
                        fate == 1 ? change.data.at(done + i) : static_cast<char>(random.bounded(256));
            }
            done += piece;
        }
    }
}

void freeze()
{
    State &s = state();
    s.crashed = true;
    s.frozen = s.durable;
    if (!s.torn)
        return;
    for (auto it = s.pending.cbegin(); it != s.pending.cend(); ++it) {
        if (s.frozen.contains(it.key()))
            applyTorn(s.frozen[it.key()], it.value(), s.random, s.garbageSectors);
    }
}

void remember(sqlite3_file *file, sqlite3_int64 offset, QByteArray data)
{
    auto *self = reinterpret_cast<File *>(file);
    if (self->tracked && !state().crashed)
        state().pending[QString::fromUtf8(self->path)].append(Pending{offset, std::move(data)});
}

// Counts an operation that changes a file and crashes before it when armed for it.
void countOperation()
{
    State &s = state();
    ++s.operations;
    if (!s.crashed && s.crashAt > 0 && s.operations >= s.crashAt)
        freeze();
}

int fileClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    countOperation();
    remember(file, offset, QByteArray(static_cast<const char *>(buffer), amount));
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    countOperation();
    remember(file, size, {});
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int fileSync(sqlite3_file *file, int flags)
{
    countOperation();
    auto *self = reinterpret_cast<File *>(file);
    // Durability is what this layer simulates: the real fsync would only cost time.
    if (!self->tracked)
        return realOf(file)->pMethods->xSync(realOf(file), flags);
    if (!state().crashed) {
        const QString path = QString::fromUtf8(self->path);
        state().durable.insert(path, contentOf(self->real));
        state().pending.remove(path);
    }
    return SQLITE_OK;
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int fileLock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xLock(realOf(file), lock);
}
int fileUnlock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), lock);
}
int fileCheckReserved(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int fileControl(sqlite3_file *file, int op, void *arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int fileSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int fileDevice(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    // No memory-mapped reads: every change must pass through xWrite to be counted.
    Q_UNUSED(file);
    Q_UNUSED(offset);
    Q_UNUSED(amount);
    *out = nullptr;
    return SQLITE_OK;
}
int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    Q_UNUSED(file);
    Q_UNUSED(offset);
    Q_UNUSED(pointer);
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3,
                                     fileClose,
                                     fileRead,
                                     fileWrite,
                                     fileTruncate,
                                     fileSync,
                                     fileSize,
                                     fileLock,
                                     fileUnlock,
                                     fileCheckReserved,
                                     fileControl,
                                     fileSectorSize,
                                     fileDevice,
                                     fileShmMap,
                                     fileShmLock,
                                     fileShmBarrier,
                                     fileShmUnmap,
                                     fileFetch,
                                     fileUnfetch};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    auto *self = reinterpret_cast<File *>(file);
    self->real = reinterpret_cast<sqlite3_file *>(self + 1);
    self->base.pMethods = nullptr;
    const int rc = s.real->xOpen(s.real, name, self->real, flags, outFlags);
    if (rc != SQLITE_OK || !self->real->pMethods)
        return rc;
    self->base.pMethods = &kMethods;
    const bool durableKind = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
    self->tracked = name && durableKind && std::strlen(name) < sizeof(self->path);
    self->path[0] = '\0';
    if (self->tracked) {
        std::strcpy(self->path, name);
        const QString path = QString::fromUtf8(name);
        s.opened[path] += 1;
        // A file that already exists when first seen is as durable as it is.
        if (!s.durable.contains(path))
            s.durable.insert(path, contentOf(self->real));
    }
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    State &s = state();
    if (!s.crashed) {
        s.durable.remove(QString::fromUtf8(name));
        s.pending.remove(QString::fromUtf8(name));
    }
    return s.real->xDelete(s.real, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return state().real->xAccess(state().real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state().real->xFullPathname(state().real, name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return state().real->xDlOpen(state().real, name);
}
void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    state().real->xDlError(state().real, size, out);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().real->xDlSym(state().real, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    state().real->xDlClose(state().real, handle);
}
int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return state().real->xRandomness(state().real, size, out);
}
int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return state().real->xSleep(state().real, microseconds);
}
int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return state().real->xCurrentTime(state().real, out);
}
int vfsLastError(sqlite3_vfs *, int size, char *out)
{
    return state().real->xGetLastError(state().real, size, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return state().real->xCurrentTimeInt64(state().real, out);
}

bool under(const QString &path, const QString &dir)
{
    return path.startsWith(QDir(dir).canonicalPath() + QLatin1Char('/'))
           || path.startsWith(QDir(dir).absolutePath() + QLatin1Char('/'));
}

} // namespace

void install()
{
    static sqlite3_vfs vfs;
    State &s = state();
    if (s.real)
        return;
    sqlite3_initialize();
    s.real = sqlite3_vfs_find("unix");
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(File)) + s.real->szOsFile;
    vfs.mxPathname = s.real->mxPathname;
    vfs.zName = "zhibiao-crash";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

void arm(qint64 crashAtOperation, Crash kind, quint32 seed)
{
    State &s = state();
    s.operations = 0;
    s.crashAt = crashAtOperation;
    s.crashed = false;
    s.frozen.clear();
    s.pending.clear();
    s.torn = kind == Crash::Torn;
    s.random.seed(seed);
}

qint64 operations()
{
    return state().operations;
}

qint64 garbageSectors()
{
    return state().garbageSectors;
}

bool crashed()
{
    return state().crashed;
}

void crashNow()
{
    if (!state().crashed)
        freeze();
}

int writeDurableImages(const QString &sourceDir, const QString &targetDir)
{
    int written = 0;
    const State &s = state();
    for (auto it = s.frozen.cbegin(); it != s.frozen.cend(); ++it) {
        if (!under(it.key(), sourceDir))
            continue;
        QFile file(QDir(targetDir).filePath(QFileInfo(it.key()).fileName()));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(it.value()) == it.value().size())
            ++written;
    }
    return written;
}

int filesOpened(const QString &dir)
{
    int count = 0;
    for (auto it = state().opened.cbegin(); it != state().opened.cend(); ++it)
        count += under(it.key(), dir) ? 1 : 0;
    return count;
}

void forget(const QString &dir)
{
    State &s = state();
    const auto isUnder = [&](auto entry) { return under(entry.key(), dir); };
    s.pending.removeIf(isUnder);
    s.durable.removeIf(isUnder);
    s.frozen.removeIf(isUnder);
}

} // namespace zhibiao::test::CrashVfs
