#include "storage/instancelock.h"

#include <QDir>
#include <QLockFile>

namespace zhibiao {

InstanceLock::InstanceLock(const QString &databasePath)
    : m_databasePath(databasePath), m_lock(std::make_unique<QLockFile>(lockPathFor(databasePath)))
{
    // A live holder keeps its lock however long it works; only a dead process's lock is stale.
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

QString InstanceLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

bool InstanceLock::tryLock()
{
    m_message.clear();
    if (m_lock->isLocked() || m_lock->tryLock(0))
        return true;

    const QString name = QDir::toNativeSeparators(m_databasePath);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        const std::optional<LockHolder> who = holder();
        if (who) {
            m_message = tr("%1 is already open in %2 (process %3 on the computer \"%4\"). Only one "
                           "program at a time may change a bureau file: close it there first, "
                           "or open a copy to read it.")
                            .arg(name, who->application.isEmpty() ? tr("another program") : who->application)
                            .arg(who->pid)
                            .arg(who->host);
        } else {
            m_message = tr("%1 is already open in another program. Close it there first.").arg(name);
        }
        break;
    }
    case QLockFile::PermissionError:
        m_message = tr("Cannot create the lock file %1: the folder is not writable. Copy the "
                       "database to a folder you can write to.")
                        .arg(QDir::toNativeSeparators(lockPathFor(m_databasePath)));
        break;
    default:
        m_message = tr("Cannot lock %1 for this program.").arg(name);
        break;
    }
    return false;
}

void InstanceLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool InstanceLock::isLocked() const
{
    return m_lock->isLocked();
}

std::optional<LockHolder> InstanceLock::holder() const
{
    LockHolder who;
    if (!m_lock->getLockInfo(&who.pid, &who.host, &who.application))
        return std::nullopt;
    return who;
}

} // namespace zhibiao
