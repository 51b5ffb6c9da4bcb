#pragma once
#include "core/progress.h"
#include "routing/vrp/problem.h"
#include "routing/vrp/ruin.h"
#include "routing/vrp/solution.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace bosai::routing::vrp {

struct SolveOptions {
  double time_limit_seconds = 10;  // from the call of solve(), construction included
  // With an iteration budget the cooling schedule follows iterations instead of the clock, so a run is
  // reproducible for a given seed (as long as the time limit does not cut it short).
  std::optional<long> max_iterations;
  std::uint64_t seed = 1;
  // Warm start: per vehicle index, the jobs it should visit in order (e.g. the plan being revised). Jobs that
  // do not fit where given are re-inserted by the search.
  std::vector<std::vector<Index>> initial_routes;
  RuinParameters ruin;
  double blink_rate = 0.01;
  // Simulated-annealing temperatures as multiples of the mean arc cost of the first solution. Tuned on CVRPLIB
  // and Solomon instances (bench_vrp): a hot start matters most on Solomon's long routes, where 0.1 left the
  // search stuck 3-4 % above the best known distances.
  double start_temperature = 3;
  double final_temperature = 0.01;
};

// Ruin-and-recreate with simulated annealing (SISR). Deterministic for a seed under an iteration budget.
// Every phase stops at the time limit or at `progress`'s deadline, construction included: jobs the
// construction had not reached by then come back unassigned (kTimeLimit), so the answer may be partial but is
// always valid. A cancel throws bosai::Cancelled. Reports the stages "constructing" and "searching".
Solution solve(const Problem& problem, const SolveOptions& options, Progress& progress = no_progress());

// The construction heuristic alone (cheapest insertion, farthest job first): the reference benchmarks compare
// against, and the search's starting point.
Solution construct(const Problem& problem);

}  // namespace bosai::routing::vrp
