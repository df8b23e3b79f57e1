#pragma once

#include "io/importer.h"

namespace zhibiao {

class Database;

// The fictional demo bureau shipped in resources/demo: its catalogue, counties, targets
// and figures for 2018 and 2019, and one user of each role (staff, leader, admin).
namespace DemoBureau {
// The demo's own users (staff, leader and admin; admin made first, so only into a file
// without users or one whose "admin" is an administrator), then the shipped files in
// dependency order, imported as the demo's admin; stops at the first file with errors.
// Callers refuse a file that holds a bureau of its own (hasOwnData).
ImportResult install(const Database &db);
// Whether the file holds indicators, org units, targets or figures: the demo would write
// its values over them.
bool hasOwnData(const Database &db);
// The name the demo is installed as.
QString installer();
QByteArray file(InterchangeKind kind);
} // namespace DemoBureau

} // namespace zhibiao
