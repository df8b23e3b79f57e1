#pragma once

#include "storage/checkstop.h"
#include "storage/database.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace zhibiao {

// The quick check of a bureau file that the window opened with Database::Check::Later, run
// on a thread of its own (Database::problemOf) while the window paints and the person reads
// it. damaged() comes on the thread of this object. Destroying the object stops the check
// and waits for its thread, so a window closed at once neither hangs nor leaves one behind.
class FileCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileCheck)

public:
    FileCheck(const QString &path, QObject *parent);
    ~FileCheck() override;

    QString path() const { return m_path; }

Q_SIGNALS:
    void damaged(const QString &path, const QString &message);

private:
    QString m_path;
    std::shared_ptr<std::optional<OpenError>> m_problem;
    std::shared_ptr<CheckStop> m_stop;
    QThread *m_thread = nullptr;
};

} // namespace zhibiao
