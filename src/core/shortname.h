#pragma once

#include <QString>

namespace zhibiao::ShortName {

// A name shortened for a chart label of at most maxChars characters: the head is kept,
// common trailing words that add nothing on a chart (人数, 工作, 率 …) are dropped first, and
// only a name still too long is cut and marked with "…". The full name belongs in a tooltip.
QString abbreviate(const QString &name, int maxChars);

} // namespace zhibiao::ShortName
