#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace zhibiao {

// What is risky about where a database file lives.
struct PathWarning
{
    enum class Kind { None, NetworkFilesystem, CloudSyncFolder };
    Kind kind = Kind::None;
    QString detail;  // the filesystem type (nfs4, cifs, fuse.sshfs) or the sync folder's name
    QString message; // names the file, the risk and what to do instead

    explicit operator bool() const { return kind != Kind::None; }
};

// Detects a database on a network filesystem (where SQLite's WAL and locks do not work)
// or in a cloud-sync folder (which copies the file while it is open), before it is opened.
class PathCheck
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PathCheck)

public:
    // Reads /proc/self/mountinfo (nothing is found where it does not exist).
    static PathWarning check(const QString &path);
    // The same against a given mountinfo text, for tests.
    static PathWarning check(const QString &path, const QByteArray &mountinfo);

    // The type of the filesystem that holds an absolute path: the longest mount point that
    // contains it.
    static QString filesystemType(const QString &absolutePath, const QByteArray &mountinfo);
    static bool isNetworkFilesystem(const QString &type);
    // The cloud-sync folder among the path's components, or empty.
    static QString cloudSyncFolder(const QString &absolutePath);
};

} // namespace zhibiao
