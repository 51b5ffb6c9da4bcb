#include "routing/vrp/benchmark_instance.h"

#include <cstdio>

namespace bosai::routing::vrp {

void write_cvrplib_solution(std::ostream& out, const BenchmarkInstance& instance, const Solution& solution) {
  int number = 0;
  for (const Route& route : solution.routes) {
    out << "Route #" << ++number << ":";
    for (Index j : route.jobs) out << " " << instance.problem.jobs[j].id;
    out << "\n";
  }
  char cost[64];
  std::snprintf(cost, sizeof cost, instance.integral_costs ? "%.0f" : "%.2f", solution.cost);
  out << "Cost " << cost << "\n";
}

}  // namespace bosai::routing::vrp
