#pragma once

#include "app/entry/entrygriddata.h"

namespace zhibiao {

class Database;

// Reads what the entry grid shows through the repositories. No widgets: usable (and
// benchmarked) on its own.
class EntryGridLoader
{
public:
    // The indicators of category (and subcategory, when not empty) for orgUnitCode and
    // year, grouped by sub-category with "其中" rows under their parents. For an org unit
    // with counties below it, additive indicators that the counties report carry the
    // counties' sum. Throws StorageError.
    static EntryGridData load(const Database &db, const QString &category,
                              const QString &subcategory, const QString &orgUnitCode, int year);
};

} // namespace zhibiao
