#pragma once

#include "core/statustable.h"

#include <QByteArray>

namespace zhibiao {

// The status table as the CLI prints it: an aligned text table, JSON or CSV.
namespace StatusFormatter {
QString text(const QList<StatusRow> &rows);
QByteArray json(const QList<StatusRow> &rows, const QString &orgUnitCode);
QByteArray csv(const QList<StatusRow> &rows, const QString &orgUnitCode);
} // namespace StatusFormatter

} // namespace zhibiao
