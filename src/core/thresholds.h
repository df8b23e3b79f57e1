#pragma once

namespace zhibiao {

// When a figure counts as behind schedule. Bureaus tune these (one city's yellow band is
// 10–30 points behind, another's is "up to half behind"), so they are settings.
struct Thresholds
{
    enum class Mode {
        Points,          // the gap to 序时进度 in points of completion
        ShareOfExpected, // the gap as a percentage of the expected completion
    };

    Mode mode = Mode::Points;
    double behindFrom = 0.0;          // a gap above this is "behind" (yellow)
    double seriouslyBehindFrom = 10.0; // a gap above this is "seriously behind" (red)
    // Rates, growth and ceilings are compared with the target itself, in percentage points.
    double rateBehindFrom = 0.0;
    double rateSeriouslyBehindFrom = 1.0;

    friend bool operator==(const Thresholds &, const Thresholds &) = default;
};

} // namespace zhibiao
