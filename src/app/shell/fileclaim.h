#pragma once

#include "storage/instancelock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace zhibiao {

// What a window holds while a bureau file is open in it: the file's instance lock, so that
// a second instance (or a second person on a shared folder) is told who has the file open
// instead of both writing to it. Also says when the file lives on a network filesystem or
// in a cloud-sync folder, where SQLite cannot keep it safe.
class FileClaim
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FileClaim)

public:
    // The lock, or nullptr with *refusal saying who holds the file and what to do.
    // *warning is set (the lock still taken) when the folder is risky.
    static std::unique_ptr<InstanceLock> claim(const QString &path, QString *refusal,
                                               QString *warning);
};

} // namespace zhibiao
