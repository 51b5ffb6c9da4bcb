#include "routing/vrp/solver.h"

#include "core/error.h"
#include "routing/vrp/budget.h"
#include "routing/vrp/neighbours.h"
#include "routing/vrp/recreate.h"
#include "routing/vrp/search_data.h"
#include "routing/vrp/working_solution.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace bosai::routing::vrp {
namespace {

// Jobs inserted between two looks at the clock while constructing: a few milliseconds of work on the largest
// instances, so a deadline is kept to well within a tenth of a second.
constexpr std::size_t kConstructionChunk = 32;
constexpr auto kReportEvery = std::chrono::milliseconds(100);

// The starting solution, and the jobs the construction never reached because time ran out.
struct Start {
  WorkingSolution solution;
  std::vector<char> not_reached;  // per job
};

Solution to_solution(const SearchData& data, const WorkingSolution& s, const std::vector<char>& not_reached) {
  Solution out;
  for (const RouteState& r : s.routes) {
    if (r.empty()) continue;
    Route route;
    route.vehicle = r.vehicle;
    route.jobs = r.jobs;
    route.service_starts.assign(r.earliest.begin() + 1, r.earliest.end() - 1);
    route.departure = r.earliest.front();
    route.arrival = r.earliest.back();
    route.cost = r.cost;
    route.load = r.load;
    out.cost += r.cost;
    out.routes.push_back(std::move(route));
  }
  for (Index j = 0; j < static_cast<Index>(data.problem.jobs.size()); ++j) {
    if (s.route_of[j] != kNone) continue;
    const UnassignedReason fallback = not_reached[j] ? UnassignedReason::kTimeLimit : UnassignedReason::kFleet;
    out.unassigned.push_back({j, data.unservable[j].value_or(fallback)});
  }
  return out;
}

// Starting solution: the warm-start routes where feasible, then every other servable job by cheapest insertion,
// as far as the budget allows.
Start initial_solution(const SearchData& data, const std::vector<std::vector<Index>>& initial, Rng& rng,
                       const Budget& budget) {
  const Problem& p = data.problem;
  Start start{WorkingSolution(data), std::vector<char>(p.jobs.size(), 0)};
  WorkingSolution& s = start.solution;
  if (initial.size() > p.vehicles.size()) throw InputError("warm start has more routes than vehicles");
  for (std::size_t r = 0; r < initial.size(); ++r) {
    RouteState& route = s.routes[r];
    for (Index j : initial[r]) {
      if (j < 0 || j >= static_cast<Index>(p.jobs.size())) throw InputError("warm start names an unknown job");
      if (s.route_of[j] != kNone) throw InputError("warm start visits job " + p.jobs[j].id + " twice");
      if (data.unservable[j]) continue;
      route.jobs.push_back(j);
      route.rebuild(p);
      if (!route.feasible) {
        route.jobs.pop_back();
        route.rebuild(p);
        continue;
      }
      s.route_of[j] = static_cast<Index>(r);
    }
  }
  std::vector<Index> pending;
  for (Index j = 0; j < static_cast<Index>(p.jobs.size()); ++j) {
    if (!data.unservable[j] && s.route_of[j] == kNone) pending.push_back(j);
  }
  sort_jobs(data, InsertionOrder::kFarthest, pending, rng);
  // Inserting in chunks is inserting one by one (the construction never blinks), with the clock read between.
  std::vector<Index> chunk;
  for (std::size_t first = 0; first < pending.size(); first += kConstructionChunk) {
    if (budget.spent()) {
      for (std::size_t k = first; k < pending.size(); ++k) {
        s.unassigned.push_back(pending[k]);
        start.not_reached[pending[k]] = 1;
      }
      break;
    }
    budget.report("constructing", static_cast<double>(first) / static_cast<double>(pending.size()));
    const auto last = std::min(pending.size(), first + kConstructionChunk);
    chunk.assign(pending.begin() + static_cast<long>(first), pending.begin() + static_cast<long>(last));
    recreate(data, chunk, 0.0, s, rng);
  }
  budget.report("constructing", 1);
  s.forget_touched();
  return start;
}

}  // namespace

const char* describe(UnassignedReason reason) {
  switch (reason) {
    case UnassignedReason::kCapacity: return "demand exceeds every vehicle's capacity";
    case UnassignedReason::kTimeWindow: return "no vehicle can reach it within its time window and shift";
    case UnassignedReason::kFleet: return "no vehicle has room left for it (fleet too small)";
    case UnassignedReason::kTimeLimit: return "not reached before the time limit (partial solution)";
  }
  return "unknown";
}

Solution construct(const Problem& problem) {
  const SearchData data(problem);
  Rng rng(1);
  const Budget unlimited(no_progress(), std::numeric_limits<double>::infinity());
  Start start = initial_solution(data, {}, rng, unlimited);
  return to_solution(data, start.solution, start.not_reached);
}

Solution solve(const Problem& problem, const SolveOptions& options, Progress& progress) {
  const Budget budget(progress, options.time_limit_seconds);
  const SearchData data(problem);
  Neighbours neighbours(data);
  Rng rng(options.seed);

  Start start = initial_solution(data, options.initial_routes, rng, budget);
  WorkingSolution& current = start.solution;
  WorkingSolution candidate = current;
  WorkingSolution best = current;
  Cost current_cost = current.cost(data);
  Cost best_cost = current_cost;

  const Index arcs = current.assigned_count() +
                     static_cast<Index>(std::count_if(current.routes.begin(), current.routes.end(),
                                                      [](const RouteState& r) { return !r.empty(); }));
  Cost travel = 0;
  for (const RouteState& r : current.routes) travel += r.travel;
  const double mean_arc = arcs > 0 ? travel / arcs : 1.0;
  const double t0 = std::max(1e-9, options.start_temperature * mean_arc);
  const double tf = std::max(1e-9, options.final_temperature * mean_arc);

  auto last_report = std::chrono::steady_clock::now();
  std::vector<Index> removed;
  long iteration = 0;
  const bool has_work = current.assigned_count() + static_cast<Index>(current.unassigned.size()) > 0;
  while (has_work && !budget.spent()) {
    if (options.max_iterations && iteration >= *options.max_iterations) break;
    const double cooled = options.max_iterations ? static_cast<double>(iteration) / *options.max_iterations
                                                 : budget.elapsed_fraction();
    const double temperature = t0 * std::pow(tf / t0, cooled);

    removed.clear();
    if (current.assigned_count() > 0) ruin_strings(data, neighbours, options.ruin, candidate, rng, removed);
    removed.insert(removed.end(), candidate.unassigned.begin(), candidate.unassigned.end());
    candidate.unassigned.clear();
    sort_jobs(data, pick_order(data, rng), removed, rng);
    recreate(data, removed, options.blink_rate, candidate, rng);

    const Cost candidate_cost = candidate.cost(data);
    if (candidate_cost < current_cost - temperature * std::log(rng.uniform() + 1e-300)) {
      candidate.sync_into(current);
      current_cost = candidate_cost;
      if (current_cost < best_cost - 1e-9) {
        best = current;
        best_cost = current_cost;
      }
    } else {
      current.sync_into(candidate);
    }
    ++iteration;

    if (const auto now = std::chrono::steady_clock::now(); now - last_report >= kReportEvery) {
      last_report = now;
      budget.report("searching", std::max(cooled, budget.elapsed_fraction()));
    }
  }
  budget.report("searching", 1);

  Solution out = to_solution(data, best, start.not_reached);
  out.iterations = iteration;
  return out;
}

}  // namespace bosai::routing::vrp
