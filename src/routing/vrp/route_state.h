#pragma once
#include "routing/vrp/problem.h"
#include "routing/vrp/types.h"

#include <vector>

namespace bosai::routing::vrp {

// One vehicle's route inside the search, with the forward/backward timing data that make checking an
// insertion O(1): `earliest` is the earliest service start at each node, `latest` the latest service start
// that still lets every later node keep its window and the vehicle reach its end within its shift.
// Nodes are numbered 0 (vehicle start), 1..m (jobs), m+1 (vehicle end).
struct RouteState {
  Index vehicle = 0;
  std::vector<Index> jobs;
  std::vector<Index> locations;      // per node
  std::vector<Duration> services;    // per node (0 at start and end)
  std::vector<Duration> earliest;    // per node
  std::vector<Duration> latest;      // per node
  Amount load;                       // sum of deliveries
  Cost travel = 0;                   // sum of Problem::costs along the route, before the vehicle's factor
  Cost cost = 0;                     // what this route adds to the objective (0 when empty)
  bool feasible = true;

  bool empty() const { return jobs.empty(); }
  Index size() const { return static_cast<Index>(jobs.size()); }

  // Recomputes every cached field from `jobs`; O(size).
  void rebuild(const Problem& problem);
};

}  // namespace bosai::routing::vrp
