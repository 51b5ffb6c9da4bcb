#include "services/benchmark_solve.h"

#include "routing/vrp/benchmark_instance.h"
#include "routing/vrp/solver.h"

#include <chrono>
#include <sstream>
#include <stdexcept>

namespace bosai::services {
namespace {

namespace vrp = routing::vrp;

vrp::BenchmarkInstance read(const BenchmarkRequest& request) {
  switch (request.format) {
    case BenchmarkFormat::cvrplib: return vrp::read_cvrplib(request.file);
    case BenchmarkFormat::solomon: return vrp::read_solomon(request.file);
  }
  throw std::logic_error("unknown benchmark format");
}

BenchmarkSolution result_of(const vrp::BenchmarkInstance& instance, const vrp::Solution& solution) {
  const vrp::Problem& problem = instance.problem;
  BenchmarkSolution out;
  out.name = instance.name;
  for (const auto& route : solution.routes) {
    const auto& vehicle = problem.vehicles[route.vehicle];
    BenchmarkRoute& r = out.routes.emplace_back();
    r.vehicle = vehicle.id;
    for (auto j : route.jobs) r.jobs.push_back(problem.jobs[j].id);
    r.cost = route.cost - vehicle.fixed_cost;
  }
  for (const auto& u : solution.unassigned) {
    out.unassigned.push_back({problem.jobs[u.job].id, vrp::describe(u.reason)});
    out.partial = out.partial || u.reason == vrp::UnassignedReason::kTimeLimit;
  }
  out.cost = vrp::travel_cost(problem, solution);
  out.iterations = solution.iterations;
  out.vehicle_limit = instance.vehicle_limit;
  if (solution.routes.size() > static_cast<std::size_t>(instance.vehicle_limit)) {
    out.fleet_note = std::to_string(solution.routes.size()) + " routes are needed to serve every customer; the " +
                     "file's fleet is " + std::to_string(instance.vehicle_limit);
  }
  std::ostringstream sol;
  vrp::write_cvrplib_solution(sol, instance, solution);
  out.cvrplib_solution = sol.str();
  return out;
}

}  // namespace

BenchmarkSolution solve_benchmark(const BenchmarkRequest& request, Progress& progress) {
  progress.set_deadline(std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                               std::chrono::duration<double>(request.time_limit_seconds)));
  const vrp::BenchmarkInstance instance = read(request);
  vrp::SolveOptions options;
  options.time_limit_seconds = request.time_limit_seconds;
  options.seed = request.seed;
  options.max_iterations = request.max_iterations;
  progress.report(instance.name + ": " + std::to_string(instance.problem.jobs.size()) + " jobs, " +
                      std::to_string(instance.vehicle_limit) + " vehicles",
                  -1);
  return result_of(instance, vrp::solve(instance.problem, options, progress));
}

}  // namespace bosai::services
