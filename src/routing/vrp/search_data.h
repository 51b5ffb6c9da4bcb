#pragma once
#include "routing/vrp/problem.h"
#include "routing/vrp/solution.h"
#include "routing/vrp/types.h"

#include <optional>
#include <vector>

namespace bosai::routing::vrp {

// Facts about a problem that the search looks up on every iteration, computed once.
struct SearchData {
  explicit SearchData(const Problem& problem);

  const Problem& problem;
  std::vector<Index> vehicle_class;  // interchangeable vehicles share a class
  Index class_count = 0;
  // Per job: why no single vehicle could serve it alone, or nothing if some vehicle can.
  std::vector<std::optional<UnassignedReason>> unservable;
  std::vector<double> size;            // demand as a fraction of the largest capacity, summed over dimensions
  std::vector<Cost> depot_distance;    // cheapest cost from any vehicle start
  Cost unassigned_penalty = 0;         // larger than any insertion cost: serving a job always pays
  bool has_time_windows = false;
};

}  // namespace bosai::routing::vrp
