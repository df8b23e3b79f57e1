#pragma once

#include <QStringList>

namespace zhibiao {

// The numbered schema steps shipped in resources/sql, oldest first. Step N takes a
// database from version N−1 to N.
namespace Migrations {

int latestVersion();
// The statements of one step, split at lines that start in column one and end with ';'.
QStringList statements(int version);
QStringList splitStatements(const QString &script);

} // namespace Migrations
} // namespace zhibiao
