#include "app/entry/quarteractions.h"

#include "app/entry/returnreasondialog.h"
#include "storage/quarterstaterepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QWidget>

namespace zhibiao {

QuarterActions::QuarterActions(QAction *submit, QAction *approve, QAction *returnAction,
                               QWidget *window)
    : QObject(window), m_submit(submit), m_approve(approve), m_return(returnAction), m_window(window)
{
    connect(m_submit, &QAction::triggered, this, [this] { perform(QuarterAction::Submit); });
    connect(m_approve, &QAction::triggered, this, [this] { perform(QuarterAction::Approve); });
    connect(m_return, &QAction::triggered, this, [this] { perform(QuarterAction::Return); });
    update();
}

void QuarterActions::setContext(const Database *db, const QString &userName,
                                const QString &orgUnitCode, const QString &orgUnitName, Period period)
{
    m_db = db;
    m_userName = userName;
    m_orgUnitCode = orgUnitCode;
    m_orgUnitName = orgUnitName;
    m_period = period;
    update();
}

void QuarterActions::update()
{
    m_state = QuarterState::Open;
    Role role = Role::Staff;
    const bool ready = m_db && !m_orgUnitCode.isEmpty() && m_period.isValid();
    if (ready) {
        try {
            m_state = QuarterStateRepository(*m_db).status(m_orgUnitCode, m_period).state;
            role = UserRepository(*m_db).knownRole(m_userName).value_or(Role::Staff);
        } catch (const StorageError &) {
            // Shown as not possible; the grid's loader reports the read error.
        }
    }
    const auto enable = [&](QAction *action, QuarterAction what) {
        QString why;
        const bool possible = ready && QuarterWorkflow::apply(m_state, what, role, QStringLiteral("-"), &why);
        action->setEnabled(possible);
        action->setStatusTip(possible ? QString() : why);
    };
    enable(m_submit, QuarterAction::Submit);
    enable(m_approve, QuarterAction::Approve);
    enable(m_return, QuarterAction::Return);
}

void QuarterActions::perform(QuarterAction action)
{
    if (!m_db)
        return;
    const QString what = tr("%1 %2 Q%3").arg(m_orgUnitName).arg(m_period.year).arg(m_period.quarter);
    QString reason;
    if (action == QuarterAction::Return) {
        ReturnReasonDialog dialog(what, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    try {
        QuarterStateRepository(*m_db).apply(m_orgUnitCode, m_period, action, m_userName, reason);
    } catch (const StorageError &e) {
        update();
        Q_EMIT refused(e.message());
        return;
    }
    update();
    switch (action) {
    case QuarterAction::Submit:
        Q_EMIT changed(tr("%1 is submitted and now read-only; a leader approves or returns it.").arg(what));
        break;
    case QuarterAction::Approve:
        Q_EMIT changed(tr("%1 is approved.").arg(what));
        break;
    case QuarterAction::Return:
        Q_EMIT changed(tr("%1 is returned to its staff and open again.").arg(what));
        break;
    }
}

} // namespace zhibiao
