#include "routing/vrp/validator.h"

#include <algorithm>
#include <cmath>

namespace bosai::routing::vrp {

Validation validate(const Problem& p, const Solution& solution) {
  Validation v;
  auto error = [&](const std::string& message) { v.errors.push_back(message); };
  const Index jobs = static_cast<Index>(p.jobs.size());
  std::vector<int> seen(jobs, 0);
  std::vector<char> vehicle_used(p.vehicles.size(), 0);

  for (const Route& route : solution.routes) {
    if (route.vehicle < 0 || route.vehicle >= static_cast<Index>(p.vehicles.size())) {
      error("route uses unknown vehicle " + std::to_string(route.vehicle));
      continue;
    }
    const Vehicle& vehicle = p.vehicles[route.vehicle];
    const std::string name = "vehicle " + vehicle.id;
    if (vehicle_used[route.vehicle]++) error(name + " drives two routes");
    if (route.jobs.empty()) error(name + " has an empty route");

    Amount load(vehicle.capacity.size(), 0);
    Duration time = vehicle.shift.start;
    Index at = vehicle.start;
    Cost travel = 0;
    Cost penalties = 0;
    for (Index j : route.jobs) {
      if (j < 0 || j >= jobs) {
        error(name + " visits unknown job " + std::to_string(j));
        continue;
      }
      const Job& job = p.jobs[j];
      ++seen[j];
      for (std::size_t d = 0; d < load.size(); ++d) load[d] += job.delivery[d];
      travel += p.costs(at, job.location);
      time = std::max(time + p.durations(at, job.location), job.time_window.start);
      if (time > job.time_window.end + 1e-6) error(name + " reaches job " + job.id + " after its window");
      time += job.service;
      at = job.location;
      if (job.previous_vehicle != kNone && job.previous_vehicle != route.vehicle) penalties += p.reassignment_penalty;
    }
    travel += p.costs(at, vehicle.end);
    time += p.durations(at, vehicle.end);
    if (time > vehicle.shift.end + 1e-6) error(name + " ends after its shift");
    for (std::size_t d = 0; d < load.size(); ++d) {
      if (load[d] > vehicle.capacity[d]) error(name + " is overloaded in dimension " + std::to_string(d));
    }
    v.cost += vehicle.fixed_cost + vehicle.cost_per_unit * travel + penalties;
  }
  for (const Unassigned& u : solution.unassigned) {
    if (u.job < 0 || u.job >= jobs) error("unknown unassigned job " + std::to_string(u.job));
    else ++seen[u.job];
  }
  for (Index j = 0; j < jobs; ++j) {
    if (seen[j] != 1) {
      error("job " + p.jobs[j].id + " appears " + std::to_string(seen[j]) + " times (routes + unassigned)");
    }
  }
  if (std::abs(v.cost - solution.cost) > 1e-6 * std::max(1.0, std::abs(v.cost))) {
    error("stated cost " + std::to_string(solution.cost) + " differs from recomputed " + std::to_string(v.cost));
  }
  return v;
}

}  // namespace bosai::routing::vrp
