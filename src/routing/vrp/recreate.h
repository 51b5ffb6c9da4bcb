#pragma once
#include "routing/vrp/rng.h"
#include "routing/vrp/working_solution.h"

#include <vector>

namespace bosai::routing::vrp {

// The order in which removed jobs are put back; varying it lets the search rebuild the same region differently.
enum class InsertionOrder { kRandom, kLargestDemand, kFarthest, kClosest, kTightestWindow, kEarliestWindow,
                            kLatestWindowEnd };

// Picks an order at random with the SISR weights (random 4, demand 4, far 2, close 1, plus time-window orders
// when the problem has windows).
InsertionOrder pick_order(const SearchData& data, Rng& rng);

void sort_jobs(const SearchData& data, InsertionOrder order, std::vector<Index>& jobs, Rng& rng);

// Inserts `jobs` one by one, in the given order, at their cheapest feasible position over all routes; each
// position is skipped ("blinks") with probability `blink_rate`, which keeps the greedy from repeating itself.
// A job that fits nowhere joins solution.unassigned. Changed routes are touched.
void recreate(const SearchData& data, const std::vector<Index>& jobs, double blink_rate, WorkingSolution& solution,
              Rng& rng);

}  // namespace bosai::routing::vrp
