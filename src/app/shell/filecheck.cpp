#include "app/shell/filecheck.h"

#include <QThread>

namespace zhibiao {

FileCheck::FileCheck(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_problem(std::make_shared<std::optional<OpenError>>()),
      m_stop(std::make_shared<CheckStop>())
{
    m_thread = QThread::create(
        [path, problem = m_problem, stop = m_stop] { *problem = Database::problemOf(path, stop.get()); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (*m_problem)
            Q_EMIT damaged(m_path, (*m_problem)->message);
    });
    // Below the window's thread: the first paint comes first on a one-core machine too.
    m_thread->start(QThread::LowPriority);
}

FileCheck::~FileCheck()
{
    m_stop->stop();
    m_thread->wait();
    delete m_thread;
}

} // namespace zhibiao
