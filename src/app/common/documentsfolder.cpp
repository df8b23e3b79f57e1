#include "app/common/documentsfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace zhibiao {

QString usableFolder(const QString &preferred)
{
    if (!preferred.isEmpty()) {
        const QFileInfo info(preferred);
        if ((info.isDir() || QDir().mkpath(preferred)) && QFileInfo(preferred).isWritable())
            return QDir(preferred).absolutePath();
    }
    return QDir::homePath();
}

QString documentsFolder()
{
    return usableFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

} // namespace zhibiao
