#include "storage/checkstop.h"

#include <sqlite3.h>

namespace zhibiao {

void CheckStop::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    if (m_connection)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_connection));
}

bool CheckStop::stopped() const
{
    const std::lock_guard lock(m_mutex);
    return m_stopped;
}

void CheckStop::attach(const QVariant &driverHandle)
{
    const std::lock_guard lock(m_mutex);
    // QSQLITE's handle is a sqlite3 *, under that type name.
    m_connection = qstrcmp(driverHandle.typeName(), "sqlite3*") == 0
                       ? *static_cast<sqlite3 *const *>(driverHandle.constData())
                       : nullptr;
    if (m_stopped && m_connection)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_connection));
}

void CheckStop::detach()
{
    const std::lock_guard lock(m_mutex);
    m_connection = nullptr;
}

} // namespace zhibiao
