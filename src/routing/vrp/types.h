#pragma once
#include <cstdint>
#include <limits>
#include <vector>

// Named scalars so that a signature says what it means (VROOM style).
namespace bosai::routing::vrp {

using Index = std::int32_t;     // position in Problem::jobs, Problem::vehicles or a matrix row
using Cost = double;            // objective units (matrix cost × vehicle factor + fixed costs)
using Duration = double;        // time units of the duration matrix (seconds on road networks)
using Amount = std::vector<std::int64_t>;  // one entry per capacity dimension (weight, volume …)

constexpr Index kNone = -1;
constexpr Duration kNoDeadline = std::numeric_limits<Duration>::infinity();
// Slack for floating-point time comparisons: Solomon instances use unrounded Euclidean times.
constexpr Duration kTimeEpsilon = 1e-7;

}  // namespace bosai::routing::vrp
