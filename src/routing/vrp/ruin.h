#pragma once
#include "routing/vrp/neighbours.h"
#include "routing/vrp/rng.h"
#include "routing/vrp/working_solution.h"

#include <vector>

namespace bosai::routing::vrp {

struct RuinParameters {
  double average_removed = 10;    // c̄: mean number of jobs removed per ruin
  double max_string_length = 10;  // L^max
  double split_rate = 0.5;        // chance a string keeps a middle part (split string)
  double split_depth = 0.01;      // α: chance to stop growing the kept middle part at each step
};

// Adjacent string removal (Christiaens & Vanden Berghe, SISR 2020): from a random seed job, walk its nearest
// neighbours and cut one string (or a split string) out of each route met, until enough routes are ruined.
// Spatially close removals let the recreate step rebuild a region coherently. Removed jobs are appended to
// `removed`; changed routes are touched.
void ruin_strings(const SearchData& data, Neighbours& neighbours, const RuinParameters& params,
                  WorkingSolution& solution, Rng& rng, std::vector<Index>& removed);

}  // namespace bosai::routing::vrp
