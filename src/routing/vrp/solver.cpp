#include "routing/vrp/solver.h"

#include "core/error.h"
#include "routing/vrp/recreate.h"
#include "routing/vrp/search_data.h"
#include "routing/vrp/working_solution.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace bosai::routing::vrp {
namespace {

using Clock = std::chrono::steady_clock;

Solution to_solution(const SearchData& data, const WorkingSolution& s) {
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
    out.unassigned.push_back({j, data.unservable[j].value_or(UnassignedReason::kFleet)});
  }
  return out;
}

// Starting solution: the warm-start routes where feasible, then every other servable job by cheapest insertion.
WorkingSolution initial_solution(const SearchData& data, const std::vector<std::vector<Index>>& initial, Rng& rng) {
  const Problem& p = data.problem;
  WorkingSolution s(data);
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
  recreate(data, pending, 0.0, s, rng);
  s.forget_touched();
  return s;
}

}  // namespace

const char* describe(UnassignedReason reason) {
  switch (reason) {
    case UnassignedReason::kCapacity: return "demand exceeds every vehicle's capacity";
    case UnassignedReason::kTimeWindow: return "no vehicle can reach it within its time window and shift";
    case UnassignedReason::kFleet: return "no vehicle has room left for it (fleet too small)";
  }
  return "unknown";
}

Solution construct(const Problem& problem) {
  const SearchData data(problem);
  Rng rng(1);
  return to_solution(data, initial_solution(data, {}, rng));
}

Solution solve(const Problem& problem, const SolveOptions& options) {
  const auto started = Clock::now();
  const SearchData data(problem);
  Rng rng(options.seed);

  WorkingSolution current = initial_solution(data, options.initial_routes, rng);
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

  const double limit = options.time_limit_seconds;
  auto last_report = started;
  std::vector<Index> removed;
  long iteration = 0;
  const bool has_work = current.assigned_count() + static_cast<Index>(current.unassigned.size()) > 0;
  while (has_work) {
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    if (elapsed >= limit) break;
    if (options.max_iterations && iteration >= *options.max_iterations) break;
    const double progress = options.max_iterations ? static_cast<double>(iteration) / *options.max_iterations
                                                   : elapsed / limit;
    const double temperature = t0 * std::pow(tf / t0, progress);

    removed.clear();
    if (current.assigned_count() > 0) ruin_strings(data, options.ruin, candidate, rng, removed);
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

    if (options.on_progress && Clock::now() - last_report >= std::chrono::seconds(1)) {
      last_report = Clock::now();
      options.on_progress({iteration, std::chrono::duration<double>(last_report - started).count(), best_cost,
                           static_cast<Index>(best.unassigned.size())});
    }
  }

  Solution out = to_solution(data, best);
  out.iterations = iteration;
  return out;
}

}  // namespace bosai::routing::vrp
