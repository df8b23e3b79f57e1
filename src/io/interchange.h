#pragma once

#include <QStringList>

#include <optional>

namespace zhibiao {

// The four interchange files and their columns (docs/interchange.md).
enum class InterchangeKind { Indicators, OrgUnits, Targets, Figures };

namespace Interchange {
QStringList columns(InterchangeKind kind);
// Columns a file may leave out (an older file, another program's): the indicators' phrase
// and clause overrides. Exports write them after the required ones.
QStringList optionalColumns(InterchangeKind kind);
QString name(InterchangeKind kind); // "indicators", "org-units", "targets", "figures"
QString displayName(InterchangeKind kind); // the same, translated, for people to read
std::optional<InterchangeKind> kindFromName(const QString &name);
// Numbers as written to files: shortest text that reads back as the same double.
QString formatValue(double value);
} // namespace Interchange

} // namespace zhibiao
