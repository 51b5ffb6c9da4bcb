#include "routing/vrp/working_solution.h"

namespace bosai::routing::vrp {

WorkingSolution::WorkingSolution(const SearchData& data)
    : route_of(data.problem.jobs.size(), kNone), is_touched_(data.problem.vehicles.size(), 0) {
  routes.resize(data.problem.vehicles.size());
  for (std::size_t r = 0; r < routes.size(); ++r) {
    routes[r].vehicle = static_cast<Index>(r);
    routes[r].rebuild(data.problem);
  }
}

void WorkingSolution::touch(Index route) {
  if (is_touched_[route]) return;
  is_touched_[route] = 1;
  touched.push_back(route);
}

void WorkingSolution::forget_touched() {
  for (Index r : touched) is_touched_[r] = 0;
  touched.clear();
}

Cost WorkingSolution::cost(const SearchData& data) const {
  Cost total = data.unassigned_penalty * static_cast<Cost>(unassigned.size());
  for (const RouteState& r : routes) total += r.cost;
  return total;
}

Index WorkingSolution::assigned_count() const {
  Index count = 0;
  for (const RouteState& r : routes) count += r.size();
  return count;
}

void WorkingSolution::sync_into(WorkingSolution& target) {
  auto copy_route = [&](Index r) {
    target.routes[r] = routes[r];
    for (Index j : routes[r].jobs) target.route_of[j] = r;
  };
  for (Index r : touched) copy_route(r);
  for (Index r : target.touched) {
    if (!is_touched_[r]) copy_route(r);
  }
  target.unassigned = unassigned;
  for (Index j : unassigned) target.route_of[j] = kNone;
  forget_touched();
  target.forget_touched();
}

}  // namespace bosai::routing::vrp
