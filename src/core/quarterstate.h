#pragma once

#include "core/user.h"

#include <QString>

#include <optional>

namespace zhibiao {

// Where one org unit's quarter stands in the reporting workflow.
enum class QuarterState {
    Open,      // being entered
    Submitted, // handed in by staff: read-only until a leader acts
    Approved,  // accepted by a leader: only a leader may change it
    Returned,  // sent back by a leader with a reason: open again
};

enum class QuarterAction { Submit, Approve, Return };

QString toString(QuarterState state);    // the stored word ("submitted")
QString displayName(QuarterState state); // the word a person reads, translated
std::optional<QuarterState> quarterStateFromString(const QString &text);
QString toString(QuarterAction action);

// The workflow's rules, in one place for the storage layer, the window and the CLI.
namespace QuarterWorkflow {
// Whether someone in this role may change figures of a quarter in this state.
bool figuresEditable(QuarterState state, Role role);
// The state after the action, or nullopt with the reason in *why.
std::optional<QuarterState> apply(QuarterState from, QuarterAction action, Role role,
                                  const QString &reason, QString *why);
} // namespace QuarterWorkflow

} // namespace zhibiao
