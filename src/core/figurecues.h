#pragma once

#include "core/figurerecognizer.h"

#include <QStringView>

namespace zhibiao::FigureCues {

// What the words around a figure (or a whole list of them) say it measures. before: the
// clause up to the list's first member; after: the clause after its last.
FigureCue cueOf(const RecognizedFigure &figure, QStringView before, QStringView after);

} // namespace zhibiao::FigureCues
