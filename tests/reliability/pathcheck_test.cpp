#include "storage/pathcheck.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

// As /proc/self/mountinfo shows them: a local root, an NFS export, an SMB share whose mount
// point has a space (escaped \040), an sshfs mount, and a folder mounted over twice.
const QByteArray kMountinfo =
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro\n"
    "40 22 0:35 / /mnt/share rw,relatime shared:20 - nfs4 fs.bureau.local:/export rw,vers=4.2\n"
    "41 22 0:36 / /media/office\\040files rw,relatime - cifs //fs/office rw,vers=3.0\n"
    "42 22 0:37 / /home/li/remote rw,nosuid,nodev - fuse.sshfs li@fs:/srv rw,user_id=1000\n"
    "43 22 0:38 / /srv/data rw - nfs fs:/data rw\n"
    "44 43 8:2 / /srv/data rw - ext4 /dev/sdb1 rw\n";

PathWarning check(const char *path)
{
    return PathCheck::check(QString::fromUtf8(path), kMountinfo);
}

} // namespace

TEST(PathCheck, LocalFolderHasNoWarning)
{
    EXPECT_FALSE(check("/home/li/文档/bureau.zhibiao"));
    EXPECT_EQ(PathCheck::filesystemType(QStringLiteral("/home/li/x.db"), kMountinfo), QStringLiteral("ext4"));
}

TEST(PathCheck, NetworkFilesystemsAreRecognised)
{
    const PathWarning nfs = check("/mnt/share/人社局/bureau.zhibiao");
    EXPECT_EQ(nfs.kind, PathWarning::Kind::NetworkFilesystem);
    EXPECT_EQ(nfs.detail, QStringLiteral("nfs4"));
    EXPECT_TRUE(nfs.message.contains(QStringLiteral("/mnt/share/人社局/bureau.zhibiao")));
    EXPECT_TRUE(nfs.message.contains(QStringLiteral("folder on this computer")));
    EXPECT_TRUE(nfs.message.contains(QStringLiteral("server")));

    EXPECT_EQ(check("/media/office files/bureau.zhibiao").detail, QStringLiteral("cifs"));
    EXPECT_EQ(check("/home/li/remote/bureau.zhibiao").detail, QStringLiteral("fuse.sshfs"));
    // A prefix of the mount point's name is another folder.
    EXPECT_FALSE(check("/mnt/shared/bureau.zhibiao"));
    // The later mount over the same folder is the one in effect.
    EXPECT_FALSE(check("/srv/data/bureau.zhibiao"));
}

TEST(PathCheck, FilesystemTypes)
{
    for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "fuse.rclone", "9p"})
        EXPECT_TRUE(PathCheck::isNetworkFilesystem(QString::fromLatin1(type))) << type;
    for (const char *type : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "vfat", "ntfs3"})
        EXPECT_FALSE(PathCheck::isNetworkFilesystem(QString::fromLatin1(type))) << type;
}

TEST(PathCheck, CloudSyncFoldersAreRecognised)
{
    const struct
    {
        const char *path;
        const char *folder;
    } cases[] = {
        {"/home/li/Dropbox/指标/bureau.zhibiao", "Dropbox"},
        {"/home/li/Dropbox (Personal)/bureau.zhibiao", "Dropbox (Personal)"},
        {"/home/li/OneDrive - 市人社局/bureau.zhibiao", "OneDrive - 市人社局"},
        {"/home/li/我的坚果云/bureau.zhibiao", "我的坚果云"},
        {"/home/li/Nutstore Files/bureau.zhibiao", "Nutstore Files"},
        {"/home/li/BaiduNetdiskWorkspace/bureau.zhibiao", "BaiduNetdiskWorkspace"},
        {"/home/li/百度网盘同步/bureau.zhibiao", "百度网盘同步"},
        {"/home/li/Google Drive/My Drive/bureau.zhibiao", "Google Drive"},
        {"/home/li/Seafile/资料库/bureau.zhibiao", "Seafile"},
        {"/home/li/Sync/bureau.zhibiao", "Sync"},
    };
    for (const auto &c : cases) {
        const PathWarning warning = check(c.path);
        EXPECT_EQ(warning.kind, PathWarning::Kind::CloudSyncFolder) << c.path;
        EXPECT_EQ(warning.detail, QString::fromUtf8(c.folder)) << c.path;
        EXPECT_TRUE(warning.message.contains(QStringLiteral("local folder"))) << c.path;
    }
    // Names that only look alike, and a file (not a folder) called like a service.
    EXPECT_FALSE(check("/home/li/Synced/bureau.zhibiao"));
    EXPECT_FALSE(check("/home/li/Boxes/bureau.zhibiao"));
    EXPECT_FALSE(check("/home/li/Dropbox.zhibiao"));
}

TEST(PathCheck, NetworkWinsOverCloudName)
{
    EXPECT_EQ(check("/mnt/share/Dropbox/bureau.zhibiao").kind, PathWarning::Kind::NetworkFilesystem);
}
