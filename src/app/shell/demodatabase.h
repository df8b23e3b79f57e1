#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace zhibiao {

// The demo bureau the window opens when no file is named: created on first use, then
// reused as it is (whatever the user changed in it stays).
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DemoDatabase)

public:
    // <AppDataLocation>/demo.zhibiao
    static QString defaultPath();
    // Opens path, first creating it with the demo bureau when there is no such file. A
    // file that cannot be filled is removed again, so the next start tries afresh.
    static std::unique_ptr<Database> openOrCreate(const QString &path, OpenError *error);
};

} // namespace zhibiao
