#pragma once

#include <QString>

namespace zhibiao::AuditNote {

// How a change's note reads in the interface's language. The notes the program writes
// itself ("import figures.csv", "undo", "adopted from the 2019 report proposals") are
// stored as they were written, in the language of whoever made the change; the known
// English shapes are translated here when shown. Anything else (a person's own words, a
// note already written in Chinese) is shown as stored.
QString displayed(const QString &stored);

} // namespace zhibiao::AuditNote
