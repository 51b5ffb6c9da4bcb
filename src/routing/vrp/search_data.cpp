#include "routing/vrp/search_data.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace bosai::routing::vrp {
namespace {

bool fits(const Amount& demand, const Amount& capacity) {
  for (std::size_t d = 0; d < demand.size(); ++d) {
    if (demand[d] > capacity[d]) return false;
  }
  return true;
}

bool reachable_alone(const Problem& p, const Job& job, const Vehicle& v) {
  const Duration start =
      std::max(job.time_window.start, v.shift.start + p.durations(v.start, job.location));
  if (start > job.time_window.end + kTimeEpsilon) return false;
  return start + job.service + p.durations(job.location, v.end) <= v.shift.end + kTimeEpsilon;
}

}  // namespace

SearchData::SearchData(const Problem& p) : problem(p) {
  const Index n = static_cast<Index>(p.jobs.size());

  std::map<std::tuple<Index, Index, Amount, Duration, Duration, Cost, double>, Index> classes;
  for (const Vehicle& v : p.vehicles) {
    auto key = std::make_tuple(v.start, v.end, v.capacity, v.shift.start, v.shift.end, v.fixed_cost, v.cost_per_unit);
    auto [it, inserted] = classes.emplace(key, static_cast<Index>(classes.size()));
    vehicle_class.push_back(it->second);
  }
  class_count = static_cast<Index>(classes.size());

  Amount largest(p.dimensions(), 1);
  for (const Vehicle& v : p.vehicles) {
    for (std::size_t d = 0; d < largest.size(); ++d) largest[d] = std::max(largest[d], v.capacity[d]);
  }

  double max_arc = 0;
  for (double c : p.costs.values) max_arc = std::max(max_arc, c);
  double max_factor = 0;
  Cost max_fixed = 0;
  for (const Vehicle& v : p.vehicles) {
    max_factor = std::max(max_factor, v.cost_per_unit);
    max_fixed = std::max(max_fixed, v.fixed_cost);
  }
  unassigned_penalty = 10 * (2 * max_arc * max_factor + max_fixed + p.reassignment_penalty) + 1;

  unservable.resize(n);
  size.resize(n);
  depot_distance.resize(n);
  for (Index j = 0; j < n; ++j) {
    const Job& job = p.jobs[j];
    if (job.time_window.start > 0 || job.time_window.end < kNoDeadline) has_time_windows = true;
    bool any_fits = false;
    bool any_reaches = false;
    Cost nearest = kNoDeadline;
    for (const Vehicle& v : p.vehicles) {
      nearest = std::min(nearest, p.costs(v.start, job.location));
      if (!fits(job.delivery, v.capacity)) continue;
      any_fits = true;
      any_reaches = any_reaches || reachable_alone(p, job, v);
    }
    if (!any_fits) unservable[j] = UnassignedReason::kCapacity;
    else if (!any_reaches) unservable[j] = UnassignedReason::kTimeWindow;
    for (std::size_t d = 0; d < largest.size(); ++d) {
      size[j] += static_cast<double>(job.delivery[d]) / static_cast<double>(largest[d]);
    }
    depot_distance[j] = p.vehicles.empty() ? 0 : nearest;
  }
}

}  // namespace bosai::routing::vrp
