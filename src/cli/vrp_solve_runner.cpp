#include "cli/vrp_solve_runner.h"

#include "cli/solve_command.h"
#include "cli/stderr_progress.h"
#include "routing/vrp/solver.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

namespace vrp = routing::vrp;

struct Options {
  std::string file;
  double time_limit = 10;
  std::uint64_t seed = 1;
  long max_iterations = 0;
};

// Cut short by the time limit: some customers were never tried.
bool partial(const vrp::Solution& solution) {
  return std::any_of(solution.unassigned.begin(), solution.unassigned.end(),
                     [](const vrp::Unassigned& u) { return u.reason == vrp::UnassignedReason::kTimeLimit; });
}

void print_json(const vrp::BenchmarkInstance& instance, const vrp::Solution& solution) {
  nlohmann::json routes = nlohmann::json::array();
  for (const auto& route : solution.routes) {
    nlohmann::json jobs = nlohmann::json::array();
    for (auto j : route.jobs) jobs.push_back(instance.problem.jobs[j].id);
    const auto& vehicle = instance.problem.vehicles[route.vehicle];
    routes.push_back({{"vehicle", vehicle.id}, {"jobs", jobs}, {"cost", route.cost - vehicle.fixed_cost}});
  }
  nlohmann::json unassigned = nlohmann::json::array();
  for (const auto& u : solution.unassigned) {
    unassigned.push_back({{"job", instance.problem.jobs[u.job].id}, {"reason", vrp::describe(u.reason)}});
  }
  std::cout << nlohmann::json{{"name", instance.name},
                              {"cost", vrp::travel_cost(instance.problem, solution)},
                              {"routes", routes},
                              {"unassigned", unassigned},
                              {"partial", partial(solution)},
                              {"iterations", solution.iterations}}
                   .dump()
            << "\n";
}

}  // namespace

void add_vrp_solve_command(CLI::App& app, Context& context, const std::string& name, const std::string& help,
                           VrpReader reader) {
  auto options = std::make_shared<Options>();
  auto* cmd = solve_subcommand(app).add_subcommand(name, help);
  cmd->add_option("FILE", options->file, "Instance file")->required();
  cmd->add_option("--time-limit", options->time_limit,
                  "Seconds until the answer, reading the file included; a run cut short reports the customers it "
                  "did not reach as unassigned")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--seed", options->seed, "Random seed (same seed and iteration budget, same answer)");
  cmd->add_option("--max-iterations", options->max_iterations,
                  "Stop after this many iterations; makes the run reproducible")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&context, options, reader] {
    StderrProgress progress(context);
    progress.set_deadline(std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                                 std::chrono::duration<double>(options->time_limit)));
    const vrp::BenchmarkInstance instance = reader(options->file);
    vrp::SolveOptions solve;
    solve.time_limit_seconds = options->time_limit;
    solve.seed = options->seed;
    if (options->max_iterations > 0) solve.max_iterations = options->max_iterations;
    progress.report(instance.name + ": " + std::to_string(instance.problem.jobs.size()) + " jobs, " +
                        std::to_string(instance.vehicle_limit) + " vehicles",
                    -1);
    const vrp::Solution solution = vrp::solve(instance.problem, solve, progress);
    if (solution.routes.size() > static_cast<std::size_t>(instance.vehicle_limit)) {
      std::cerr << "note: " << solution.routes.size() << " routes are needed to serve every customer; the file's "
                << "fleet is " << instance.vehicle_limit << "\n";
    }
    if (context.json) {
      print_json(instance, solution);
      return;
    }
    for (const auto& u : solution.unassigned) {
      std::cout << "Unassigned: " << instance.problem.jobs[u.job].id << " (" << vrp::describe(u.reason) << ")\n";
    }
    if (partial(solution)) {
      std::cerr << "note: the time limit passed before every customer was reached: the solution is partial\n";
    }
    vrp::write_cvrplib_solution(std::cout, instance, solution);
  });
}

}  // namespace bosai::cli
