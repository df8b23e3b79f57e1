#include "storage/pathcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace zhibiao {

namespace {

// mountinfo escapes space, tab, newline and backslash as three octal digits.
QString unescapeMountPath(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(static_cast<char>(code));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QString::fromUtf8(out);
}

bool contains(const QString &mountPoint, const QString &path)
{
    if (mountPoint == QLatin1String("/"))
        return true;
    return path == mountPoint || path.startsWith(mountPoint + QLatin1Char('/'));
}

// The canonical path of the file, or of its nearest existing folder when it does not exist yet.
QString resolvedPath(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    QString rest;
    while (!info.exists() && info.absoluteFilePath() != QLatin1String("/")) {
        rest = QLatin1Char('/') + info.fileName() + rest;
        info = QFileInfo(info.absolutePath());
    }
    const QString base = info.canonicalFilePath();
    return base.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath())
                          : QDir::cleanPath(base + rest);
}

struct CloudFolder
{
    const char16_t *name;
    bool prefix; // "Dropbox (Personal)", "OneDrive - Company" are the same service
};

// Folder names the sync clients create by default.
constexpr CloudFolder kCloudFolders[] = {
    {u"Dropbox", true},          {u"OneDrive", true},       {u"Google Drive", true},
    {u"GoogleDrive", true},      {u"My Drive", false},      {u"iCloud Drive", true},
    {u"iCloudDrive", true},      {u"Mobile Documents", false}, {u"Nutstore", true},
    {u"坚果云", false},          {u"我的坚果云", false},    {u"BaiduNetdisk", true},
    {u"百度网盘", true},         {u"BaiduYunGuanjia", true}, {u"Seafile", true},
    {u"Nextcloud", true},        {u"ownCloud", true},       {u"pCloud Drive", true},
    {u"Box Sync", false},        {u"Box", false},           {u"MEGA", false},
    {u"MEGAsync", true},         {u"Sync", false},          {u"Syncthing", true},
    {u"Resilio Sync", true},     {u"WPS云盘", true},        {u"WPSDrive", true},
    {u"腾讯微云", true},         {u"Weiyun", true},         {u"阿里云盘", true},
};

} // namespace

QString PathCheck::filesystemType(const QString &absolutePath, const QByteArray &mountinfo)
{
    QString best;
    qsizetype bestLength = -1;
    for (const QByteArray &line : mountinfo.split('\n')) {
        // id parent major:minor root mount-point options [optional fields...] - type source options
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf(QByteArray("-"));
        if (fields.size() < 5 || dash < 5 || dash + 1 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountPath(fields.at(4));
        // Later lines mount over earlier ones at the same place, hence >=.
        if (contains(mountPoint, absolutePath) && mountPoint.size() >= bestLength) {
            bestLength = mountPoint.size();
            best = QString::fromUtf8(fields.at(dash + 1));
        }
    }
    return best;
}

bool PathCheck::isNetworkFilesystem(const QString &type)
{
    static const QStringList network = {
        QStringLiteral("nfs"),   QStringLiteral("nfs4"),      QStringLiteral("cifs"),
        QStringLiteral("smb3"),  QStringLiteral("smbfs"),     QStringLiteral("ncpfs"),
        QStringLiteral("afs"),   QStringLiteral("ceph"),      QStringLiteral("glusterfs"),
        QStringLiteral("lustre"), QStringLiteral("gfs2"),     QStringLiteral("ocfs2"),
        QStringLiteral("9p"),    QStringLiteral("vboxsf"),    QStringLiteral("davfs"),
        QStringLiteral("coda"),
    };
    // FUSE filesystems (sshfs, rclone, s3fs, gvfs) forward to a server or a sync engine
    // whose locking SQLite cannot rely on.
    return network.contains(type) || type.startsWith(QLatin1String("fuse."))
           || type == QLatin1String("fuse");
}

QString PathCheck::cloudSyncFolder(const QString &absolutePath)
{
    const QStringList parts = absolutePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The file name itself is not a folder.
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString &part = parts.at(i);
        for (const CloudFolder &folder : kCloudFolders) {
            const QString name = QString::fromUtf16(folder.name);
            const bool match = folder.prefix ? part.startsWith(name, Qt::CaseInsensitive)
                                             : part.compare(name, Qt::CaseInsensitive) == 0;
            if (match)
                return part;
        }
    }
    return {};
}

PathWarning PathCheck::check(const QString &path)
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    // /proc files report size 0: read until the end.
    const QByteArray mountinfo = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return check(path, mountinfo);
}

PathWarning PathCheck::check(const QString &path, const QByteArray &mountinfo)
{
    const QString resolved = resolvedPath(path);
    const QString name = QDir::toNativeSeparators(path);
    PathWarning warning;
    const QString type = filesystemType(resolved, mountinfo);
    if (isNetworkFilesystem(type)) {
        warning.kind = PathWarning::Kind::NetworkFilesystem;
        warning.detail = type;
        warning.message =
            tr("%1 is on a network filesystem (%2). SQLite cannot lock a file or keep its "
               "write-ahead log safely there, so two people or two computers writing at once can "
               "damage it. Copy the file to a folder on this computer and open the copy; a shared "
               "folder cannot be used by two people at once. A multi-user server deployment is "
               "planned for bureaus that need it.")
                .arg(name, type);
        return warning;
    }
    const QString folder = cloudSyncFolder(resolved);
    if (!folder.isEmpty()) {
        warning.kind = PathWarning::Kind::CloudSyncFolder;
        warning.detail = folder;
        warning.message =
            tr("%1 is inside the cloud-sync folder \"%2\". A sync program copies the file while "
               "it is open, can upload it half-written and can bring back an older copy, which "
               "loses or damages figures. Move the file to a local folder outside \"%2\" and open "
               "it there; to keep a copy in the cloud, save backups there with zhibiao-cli backup "
               "--to FOLDER. A multi-user server deployment is planned for bureaus that need to "
               "share one file.")
                .arg(name, folder);
    }
    return warning;
}

} // namespace zhibiao
