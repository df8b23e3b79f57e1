#include "core/quarterstate.h"

#include <QCoreApplication>

namespace zhibiao {

QString toString(QuarterState state)
{
    switch (state) {
    case QuarterState::Open:
        return QStringLiteral("open");
    case QuarterState::Submitted:
        return QStringLiteral("submitted");
    case QuarterState::Approved:
        return QStringLiteral("approved");
    case QuarterState::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

QString displayName(QuarterState state)
{
    switch (state) {
    case QuarterState::Open:
        return QCoreApplication::translate("zhibiao::QuarterState", "open");
    case QuarterState::Submitted:
        return QCoreApplication::translate("zhibiao::QuarterState", "submitted");
    case QuarterState::Approved:
        return QCoreApplication::translate("zhibiao::QuarterState", "approved");
    case QuarterState::Returned:
        return QCoreApplication::translate("zhibiao::QuarterState", "returned");
    }
    return {};
}

std::optional<QuarterState> quarterStateFromString(const QString &text)
{
    for (QuarterState state : {QuarterState::Open, QuarterState::Submitted, QuarterState::Approved,
                               QuarterState::Returned}) {
        if (toString(state) == text)
            return state;
    }
    return std::nullopt;
}

QString toString(QuarterAction action)
{
    switch (action) {
    case QuarterAction::Submit:
        return QStringLiteral("submit");
    case QuarterAction::Approve:
        return QStringLiteral("approve");
    case QuarterAction::Return:
        return QStringLiteral("return");
    }
    return {};
}

namespace QuarterWorkflow {

bool figuresEditable(QuarterState state, Role role)
{
    switch (state) {
    case QuarterState::Open:
    case QuarterState::Returned:
        return true;
    case QuarterState::Submitted:
    case QuarterState::Approved:
        return role == Role::Leader;
    }
    return false;
}

std::optional<QuarterState> apply(QuarterState from, QuarterAction action, Role role,
                                  const QString &reason, QString *why)
{
    auto refuse = [why](const QString &text) -> std::optional<QuarterState> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    switch (action) {
    case QuarterAction::Submit:
        if (from == QuarterState::Submitted)
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "the quarter is already submitted"));
        if (from == QuarterState::Approved)
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "the quarter is already approved"));
        return QuarterState::Submitted;
    case QuarterAction::Approve:
        if (role != Role::Leader)
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "only a leader can approve a quarter"));
        if (from != QuarterState::Submitted)
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "only a submitted quarter can be approved"));
        return QuarterState::Approved;
    case QuarterAction::Return:
        if (role != Role::Leader)
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "only a leader can return a quarter"));
        if (from != QuarterState::Submitted && from != QuarterState::Approved)
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "only a submitted or approved quarter can be returned"));
        if (reason.trimmed().isEmpty())
            return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "returning a quarter needs a reason (--reason TEXT)"));
        return QuarterState::Returned;
    }
    return refuse(QCoreApplication::translate("zhibiao::QuarterWorkflow", "unknown action"));
}

} // namespace QuarterWorkflow
} // namespace zhibiao
