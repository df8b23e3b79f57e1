#pragma once

#include "core/period.h"
#include "core/quarterstate.h"
#include "core/user.h"

#include <QObject>

class QAction;
class QWidget;

namespace zhibiao {

class Database;

// Submit, Approve and Return for the chosen org unit and quarter: enabled by the current
// user's role and the quarter's state; each is written through QuarterStateRepository.
class QuarterActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarterActions)

public:
    QuarterActions(QAction *submit, QAction *approve, QAction *returnAction, QWidget *window);

    void setContext(const Database *db, const QString &userName, const QString &orgUnitCode,
                    const QString &orgUnitName, Period period);
    QuarterState state() const { return m_state; }

Q_SIGNALS:
    void changed(const QString &message);
    void refused(const QString &message);

private:
    void update();
    void perform(QuarterAction action);

    QAction *m_submit;
    QAction *m_approve;
    QAction *m_return;
    QWidget *m_window;
    const Database *m_db = nullptr;
    QString m_userName;
    QString m_orgUnitCode;
    QString m_orgUnitName;
    Period m_period;
    QuarterState m_state = QuarterState::Open;
};

} // namespace zhibiao
