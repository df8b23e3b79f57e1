#pragma once

#include "io/importer.h"

namespace zhibiao {

class Database;

// The fictional demo bureau shipped in resources/demo: its catalogue, counties, targets
// and figures for 2018 and 2019, and one user of each role (staff, leader, admin).
namespace DemoBureau {
// Imports the shipped files in dependency order; stops at the first file with errors.
ImportResult install(const Database &db, const QString &userName);
QByteArray file(InterchangeKind kind);
} // namespace DemoBureau

} // namespace zhibiao
