#pragma once
#include <cstdint>
#include <optional>

namespace bosai::supply {

struct PlannerOptions {
  double time_limit_seconds = 2.0;
  std::optional<long> max_iterations;  // set for reproducible runs (tests, drills replayed later)
  std::uint64_t seed = 1;
  // Moving a delivery from the vehicle that had it to another costs this much (seconds of driving) in a
  // re-plan, so routes change only where it clearly pays: drivers already have their sheets.
  double reassignment_penalty_seconds = 900;
};

}  // namespace bosai::supply
