#include "routing/vrp/benchmark_instance.h"

#include <cstdio>

namespace bosai::routing::vrp {

Cost travel_cost(const Problem& problem, const Solution& solution) {
  Cost total = solution.cost;
  for (const Route& route : solution.routes) total -= problem.vehicles[route.vehicle].fixed_cost;
  return total;
}

void write_cvrplib_solution(std::ostream& out, const BenchmarkInstance& instance, const Solution& solution) {
  int number = 0;
  for (const Route& route : solution.routes) {
    out << "Route #" << ++number << ":";
    for (Index j : route.jobs) out << " " << instance.problem.jobs[j].id;
    out << "\n";
  }
  char cost[64];
  std::snprintf(cost, sizeof cost, instance.integral_costs ? "%.0f" : "%.10g",
                travel_cost(instance.problem, solution));
  out << "Cost " << cost << "\n";
}

}  // namespace bosai::routing::vrp
