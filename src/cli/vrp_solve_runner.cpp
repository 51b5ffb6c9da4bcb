#include "cli/vrp_solve_runner.h"

#include "cli/solve_command.h"
#include "cli/stderr_progress.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

struct Options {
  services::BenchmarkRequest request;
  long max_iterations = 0;
};

void print_json(const services::BenchmarkSolution& solution) {
  nlohmann::json routes = nlohmann::json::array();
  for (const auto& route : solution.routes) {
    routes.push_back({{"vehicle", route.vehicle}, {"jobs", route.jobs}, {"cost", route.cost}});
  }
  nlohmann::json unassigned = nlohmann::json::array();
  for (const auto& u : solution.unassigned) unassigned.push_back({{"job", u.job}, {"reason", u.reason}});
  std::cout << nlohmann::json{{"name", solution.name},
                              {"cost", solution.cost},
                              {"routes", routes},
                              {"unassigned", unassigned},
                              {"partial", solution.partial},
                              {"iterations", solution.iterations}}
                   .dump()
            << "\n";
}

}  // namespace

void add_vrp_solve_command(CLI::App& app, Context& context, const std::string& name, const std::string& help,
                           services::BenchmarkFormat format) {
  auto options = std::make_shared<Options>();
  options->request.format = format;
  auto& rq = options->request;
  auto* cmd = solve_subcommand(app).add_subcommand(name, help);
  cmd->add_option("FILE", rq.file, "Instance file")->required();
  cmd->add_option("--time-limit", rq.time_limit_seconds,
                  "Seconds until the answer, reading the file included; a run cut short reports the customers it "
                  "did not reach as unassigned")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--seed", rq.seed, "Random seed (same seed and iteration budget, same answer)");
  cmd->add_option("--max-iterations", options->max_iterations,
                  "Stop after this many iterations; makes the run reproducible")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&context, options] {
    auto request = options->request;
    if (options->max_iterations > 0) request.max_iterations = options->max_iterations;
    StderrProgress progress(context);
    const services::BenchmarkSolution solution = services::solve_benchmark(request, progress);
    if (!solution.fleet_note.empty()) std::cerr << "note: " << solution.fleet_note << "\n";
    if (context.json) {
      print_json(solution);
      return;
    }
    for (const auto& u : solution.unassigned) std::cout << "Unassigned: " << u.job << " (" << u.reason << ")\n";
    if (solution.partial) {
      std::cerr << "note: the time limit passed before every customer was reached: the solution is partial\n";
    }
    std::cout << solution.cvrplib_solution;
  });
}

}  // namespace bosai::cli
