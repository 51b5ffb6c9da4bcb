#include "routing/vrp/recreate.h"

#include <algorithm>
#include <limits>

namespace bosai::routing::vrp {
namespace {

bool fits(const Amount& load, const Amount& demand, const Amount& capacity) {
  for (std::size_t d = 0; d < load.size(); ++d) {
    if (load[d] + demand[d] > capacity[d]) return false;
  }
  return true;
}

struct Insertion {
  Index route = kNone;
  Index position = 0;  // insert between node `position` and node `position + 1`
  Cost delta = std::numeric_limits<Cost>::infinity();
};

// Scans every position of `route` for `job`, keeping the cheapest feasible one in `best`.
void scan_route(const Problem& p, const RouteState& route, Index r, Index j, double blink_rate, Rng& rng,
                Insertion& best) {
  const Job& job = p.jobs[j];
  const Vehicle& v = p.vehicles[route.vehicle];
  if (!fits(route.load, job.delivery, v.capacity)) return;
  Cost base = route.empty() ? v.fixed_cost : 0;
  if (job.previous_vehicle != kNone && job.previous_vehicle != route.vehicle) base += p.reassignment_penalty;
  const Index c = job.location;
  const Index m = route.size();
  for (Index k = 0; k <= m; ++k) {
    const Index a = route.locations[k];
    const Index b = route.locations[k + 1];
    const Cost delta = base + v.cost_per_unit * (p.costs(a, c) + p.costs(c, b) - p.costs(a, b));
    if (delta >= best.delta) continue;
    if (blink_rate > 0 && rng.uniform() < blink_rate) continue;
    const Duration start =
        std::max(job.time_window.start, route.earliest[k] + route.services[k] + p.durations(a, c));
    if (start > job.time_window.end + kTimeEpsilon) continue;
    if (start + job.service + p.durations(c, b) > route.latest[k + 1] + kTimeEpsilon) continue;
    best = {r, k, delta};
  }
}

}  // namespace

InsertionOrder pick_order(const SearchData& data, Rng& rng) {
  static constexpr InsertionOrder kOrders[] = {InsertionOrder::kRandom,         InsertionOrder::kLargestDemand,
                                               InsertionOrder::kFarthest,       InsertionOrder::kClosest,
                                               InsertionOrder::kTightestWindow, InsertionOrder::kEarliestWindow,
                                               InsertionOrder::kLatestWindowEnd};
  static constexpr double kWeights[] = {4, 4, 2, 1, 2, 2, 2};
  const int count = data.has_time_windows ? 7 : 4;
  double total = 0;
  for (int i = 0; i < count; ++i) total += kWeights[i];
  double x = rng.uniform() * total;
  for (int i = 0; i < count; ++i) {
    if (x < kWeights[i]) return kOrders[i];
    x -= kWeights[i];
  }
  return InsertionOrder::kRandom;
}

void sort_jobs(const SearchData& data, InsertionOrder order, std::vector<Index>& jobs, Rng& rng) {
  const auto& js = data.problem.jobs;
  auto by = [&](auto key) {
    std::stable_sort(jobs.begin(), jobs.end(), [&](Index a, Index b) { return key(a) < key(b); });
  };
  switch (order) {
    case InsertionOrder::kRandom:
      for (std::size_t i = jobs.size(); i > 1; --i) std::swap(jobs[i - 1], jobs[rng.below(static_cast<std::int64_t>(i))]);
      break;
    case InsertionOrder::kLargestDemand: by([&](Index j) { return -data.size[j]; }); break;
    case InsertionOrder::kFarthest: by([&](Index j) { return -data.depot_distance[j]; }); break;
    case InsertionOrder::kClosest: by([&](Index j) { return data.depot_distance[j]; }); break;
    case InsertionOrder::kTightestWindow:
      by([&](Index j) { return js[j].time_window.end - js[j].time_window.start; });
      break;
    case InsertionOrder::kEarliestWindow: by([&](Index j) { return js[j].time_window.start; }); break;
    case InsertionOrder::kLatestWindowEnd: by([&](Index j) { return -js[j].time_window.end; }); break;
  }
}

void recreate(const SearchData& data, const std::vector<Index>& jobs, double blink_rate, WorkingSolution& s,
              Rng& rng) {
  const Problem& p = data.problem;
  std::vector<char> class_tried(data.class_count);
  for (Index j : jobs) {
    Insertion best;
    std::fill(class_tried.begin(), class_tried.end(), 0);
    for (Index r = 0; r < static_cast<Index>(s.routes.size()); ++r) {
      const RouteState& route = s.routes[r];
      if (route.empty() && r != p.jobs[j].previous_vehicle) {
        // Empty vehicles of one class are interchangeable: trying one is enough.
        char& tried = class_tried[data.vehicle_class[r]];
        if (tried) continue;
        tried = 1;
      }
      scan_route(p, route, r, j, blink_rate, rng, best);
    }
    if (best.route == kNone) {
      s.unassigned.push_back(j);
      continue;
    }
    RouteState& route = s.routes[best.route];
    route.jobs.insert(route.jobs.begin() + best.position, j);
    route.rebuild(p);
    s.route_of[j] = best.route;
    s.touch(best.route);
  }
}

}  // namespace bosai::routing::vrp
