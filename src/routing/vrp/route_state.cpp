#include "routing/vrp/route_state.h"

#include <algorithm>

namespace bosai::routing::vrp {

void RouteState::rebuild(const Problem& problem) {
  const Vehicle& v = problem.vehicles[vehicle];
  const std::size_t m = jobs.size();
  locations.resize(m + 2);
  services.resize(m + 2);
  earliest.resize(m + 2);
  latest.resize(m + 2);
  load.assign(v.capacity.size(), 0);

  locations[0] = v.start;
  services[0] = 0;
  locations[m + 1] = v.end;
  services[m + 1] = 0;
  Cost penalties = 0;
  for (std::size_t k = 0; k < m; ++k) {
    const Job& job = problem.jobs[jobs[k]];
    locations[k + 1] = job.location;
    services[k + 1] = job.service;
    for (std::size_t d = 0; d < load.size(); ++d) load[d] += job.delivery[d];
    if (job.previous_vehicle != kNone && job.previous_vehicle != vehicle) penalties += problem.reassignment_penalty;
  }

  feasible = true;
  for (std::size_t d = 0; d < load.size(); ++d) feasible = feasible && load[d] <= v.capacity[d];

  travel = 0;
  earliest[0] = v.shift.start;
  for (std::size_t k = 1; k <= m + 1; ++k) {
    travel += problem.costs(locations[k - 1], locations[k]);
    const Duration arrival =
        earliest[k - 1] + services[k - 1] + problem.durations(locations[k - 1], locations[k]);
    earliest[k] = k <= m ? std::max(arrival, problem.jobs[jobs[k - 1]].time_window.start) : arrival;
  }
  latest[m + 1] = v.shift.end;
  for (std::size_t k = m + 1; k-- > 0;) {
    Duration l = latest[k + 1] - problem.durations(locations[k], locations[k + 1]) - services[k];
    if (k >= 1) l = std::min(l, problem.jobs[jobs[k - 1]].time_window.end);
    latest[k] = l;
  }
  for (std::size_t k = 0; k <= m + 1; ++k) feasible = feasible && earliest[k] <= latest[k] + kTimeEpsilon;

  cost = m == 0 ? 0 : v.fixed_cost + v.cost_per_unit * travel + penalties;
}

}  // namespace bosai::routing::vrp
