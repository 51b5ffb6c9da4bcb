#pragma once
#include "routing/vrp/types.h"

#include <string>
#include <vector>

namespace bosai::routing::vrp {

// The visits of one vehicle, in order.
struct Route {
  Index vehicle = 0;
  std::vector<Index> jobs;
  std::vector<Duration> service_starts;  // one per job
  Duration departure = 0;                // from the start location
  Duration arrival = 0;                  // at the end location
  Cost cost = 0;                         // fixed cost + travel cost of this vehicle
  Amount load;
};

enum class UnassignedReason {
  kCapacity,    // demand exceeds every vehicle's capacity
  kTimeWindow,  // no vehicle that could carry it can reach it in its window and get back within its shift
  kFleet,       // could be served alone, but the fleet has no room left for it
  kTimeLimit,   // the time limit (or the caller's deadline) passed before the construction reached it
};

const char* describe(UnassignedReason reason);

struct Unassigned {
  Index job = 0;
  UnassignedReason reason = UnassignedReason::kFleet;
};

struct Solution {
  std::vector<Route> routes;  // used vehicles only
  std::vector<Unassigned> unassigned;
  Cost cost = 0;              // sum of route costs + reassignment penalties (unassigned jobs excluded)
  long iterations = 0;
};

}  // namespace bosai::routing::vrp
