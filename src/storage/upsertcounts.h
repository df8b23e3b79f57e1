#pragma once

namespace zhibiao {

// What an upsert did, row by row.
struct UpsertCounts
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;

    int changed() const { return inserted + updated + removed; }
    friend bool operator==(const UpsertCounts &, const UpsertCounts &) = default;
};

} // namespace zhibiao
