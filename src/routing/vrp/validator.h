#pragma once
#include "routing/vrp/problem.h"
#include "routing/vrp/solution.h"

#include <string>
#include <vector>

namespace bosai::routing::vrp {

struct Validation {
  std::vector<std::string> errors;  // empty when the solution is valid
  Cost cost = 0;                    // recomputed from the routes
  bool ok() const { return errors.empty(); }
};

// Re-checks a solution from scratch, sharing no code with the search: every job routed at most once or reported
// unassigned, vehicles used once, loads within capacity, windows and shifts kept, the stated cost right.
Validation validate(const Problem& problem, const Solution& solution);

}  // namespace bosai::routing::vrp
