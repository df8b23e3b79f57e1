#pragma once

#include "core/indicator.h"

#include <QString>

namespace zhibiao {

class Database;

// What the report would write of one indicator as the catalogue dialog describes it (its
// name, unit, phrase and clause overrides as typed), from its latest figure for the whole
// bureau: the dialog's live preview, without a window.
namespace PhrasePreview {
// Empty when the indicator has no figure yet.
QString sentence(const Database &db, const Indicator &indicator);
} // namespace PhrasePreview

} // namespace zhibiao
