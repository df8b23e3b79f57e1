#include "app/shell/demodatabase.h"

#include "io/demobureau.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace zhibiao {

QString DemoDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.zhibiao"));
}

std::unique_ptr<Database> DemoDatabase::openOrCreate(const QString &path, OpenError *error)
{
    if (QFileInfo::exists(path))
        return Database::open(path, Database::Mode::OpenExisting, error);

    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = {OpenError::Code::ReadOnly,
                      tr("Cannot create the folder for the demo file %1.").arg(path)};
        return nullptr;
    }
    auto db = Database::open(path, Database::Mode::CreateIfMissing, error);
    if (!db)
        return nullptr;
    QString failure;
    try {
        const ImportResult result = DemoBureau::install(*db);
        if (!result.ok())
            failure = result.errors.constFirst().toString();
    } catch (const StorageError &e) {
        failure = e.message();
    }
    if (failure.isEmpty())
        return db;
    db.reset();
    QFile::remove(path);
    if (error)
        *error = {OpenError::Code::Failed,
                  tr("Cannot fill the demo file %1: %2").arg(path, failure)};
    return nullptr;
}

} // namespace zhibiao
