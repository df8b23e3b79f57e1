#pragma once

#include <QString>

namespace zhibiao {

// The folder a save dialog starts in. The desktop's documents folder may not exist (a
// fresh account, a minimal desktop): a path inside it would fail on OK with "no such file
// or directory", so it is created, and when that fails the home folder is used.
QString documentsFolder();
// The same rule for a given preferred folder (testable without the desktop's settings).
QString usableFolder(const QString &preferred);

} // namespace zhibiao
