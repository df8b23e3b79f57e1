#pragma once

#include <QByteArray>

namespace zhibiao {
class Database;
}

namespace zhibiao::fuzz {

// The Qt application object and a temporary database holding the demo bureau, made once
// per fuzzing process: the importer validates against a real catalogue.
void initialise();
const Database &demoDatabase();

// Stops the run with a message when a property that must always hold does not.
[[noreturn]] void fail(const char *what, const QByteArray &detail = {});

} // namespace zhibiao::fuzz
