#include "app/shell/fileclaim.h"

#include "storage/pathcheck.h"

namespace zhibiao {

std::unique_ptr<InstanceLock> FileClaim::claim(const QString &path, QString *refusal,
                                               QString *warning)
{
    auto lock = std::make_unique<InstanceLock>(path);
    if (!lock->tryLock()) {
        if (refusal)
            *refusal = lock->message();
        return nullptr;
    }
    if (warning) {
        const PathWarning risk = PathCheck::check(path);
        *warning = risk ? risk.message : QString();
    }
    return lock;
}

} // namespace zhibiao
