#pragma once

#include "core/figure.h"

#include <QByteArray>
#include <QList>

namespace zhibiao {
class Database;
}

namespace zhibiao::test::Workload {

// A catalogue of 20 indicators (I00..I19) and the org units CITY, D01, D02: 240 figure slots
// a year, so that figure number n has its own slot.
constexpr int kIndicators = 20;
constexpr int kSlotsPerYear = kIndicators * 3 * 4;
constexpr int kFirstYear = 2000;

void installCatalogue(const Database &db);
// The figure that a writer commits as its n-th: a distinct slot and the value n + 0.25.
Figure figure(int n);
// The n of a figure written by figure(), or -1.
int numberOf(const Figure &figure);
// A figures interchange CSV of every slot of `years` years starting at firstYear.
QByteArray figuresCsv(int firstYear, int years);

} // namespace zhibiao::test::Workload
