#include "storage/outputfile.h"

#include "storage/instancelock.h"
#include "storage/sqlitedialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <optional>

namespace zhibiao {

namespace {

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

// The file a path reaches (following symlinks), if it exists.
std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{info.st_dev, info.st_ino};
}

// The path with its folder resolved (symlinks, "..", "./"), for a file that may not exist
// yet: SQLite's -wal and -shm come and go, and a name equal to one must be refused too.
QString resolvedName(const QString &path)
{
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo resolved(target);
    const QString folder = QFileInfo(resolved.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? resolved.absolutePath() : folder) + QLatin1Char('/') + resolved.fileName();
}

QStringList companionsOf(const QString &databasePath)
{
    return {databasePath,
            databasePath + QStringLiteral("-wal"),
            databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal"),
            InstanceLock::lockPathFor(databasePath)};
}

// A SQLite file whose header carries Zhibiao's application id (offset 68, big-endian).
bool isZhibiaoDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 72 || !header.startsWith(QByteArray("SQLite format 3", 16)))
        return false;
    const auto byte = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(header.at(i))); };
    const quint32 id = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return id == static_cast<quint32>(SqliteDialect::kApplicationId);
}

} // namespace

QString OutputFile::refusal(const QString &outputPath, const QString &databasePath)
{
    const QString shown = QDir::toNativeSeparators(outputPath);
    if (outputPath.isEmpty())
        return tr("No output file was given.");
    if (QFileInfo(outputPath).isDir())
        return tr("%1 is a folder. Give the name of the file to write.").arg(shown);
    if (!databasePath.isEmpty()) {
        const QString database = QDir::toNativeSeparators(databasePath);
        const std::optional<FileIdentity> output = identityOf(outputPath);
        const QString outputName = resolvedName(outputPath);
        for (const QString &companion : companionsOf(QFileInfo(databasePath).absoluteFilePath())) {
            const std::optional<FileIdentity> other = identityOf(companion);
            if ((output && other && *output == *other) || outputName == resolvedName(companion))
                return tr("%1 is the bureau's own database %2 (or a file SQLite keeps beside it): "
                          "writing there would destroy it. Nothing was written; choose another file name.")
                    .arg(shown, database);
        }
    }
    if (isZhibiaoDatabase(outputPath))
        return tr("%1 is a Zhibiao bureau database: writing there would destroy it. Nothing was "
                  "written; choose another file name.")
            .arg(shown);
    return {};
}

bool OutputFile::save(const QString &outputPath, const QByteArray &bytes, const QString &databasePath,
                      QString *error)
{
    QString problem = refusal(outputPath, databasePath);
    if (problem.isEmpty()) {
        QSaveFile file(outputPath);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return true;
        problem = tr("Cannot write %1: %2. Nothing was written; check that the folder exists and "
                     "that you may write there, and that the disk has room.")
                      .arg(QDir::toNativeSeparators(outputPath), file.errorString());
    }
    if (error)
        *error = problem;
    return false;
}

} // namespace zhibiao
