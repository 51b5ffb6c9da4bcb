// Solver quality on the published benchmarks: for every CVRPLIB instance (with its .sol best known cost) and every
// Solomon instance (with the distance-minimising best known cost of BKS.json, same vehicle limit), solve with a
// fixed time limit and print our cost, the best known cost, the gap and the time, then the mean gap per family.
//
//   bench_vrp [--time-limit S] [--family cvrp|solomon] [--filter PART,PART…] [--seed N] [--data DIR]
// The search parameters of SolveOptions can be overridden for tuning (--start-temperature …, see --help).
// A run that leaves jobs unassigned or breaks a constraint is reported and left out of the mean.
#include "routing/vrp/benchmark_instance.h"
#include "routing/vrp/solver.h"
#include "routing/vrp/validator.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace vrp = bosai::routing::vrp;

struct Case {
  std::string name;
  fs::path file;
  double best_known = 0;
};

struct Family {
  std::string name;
  std::vector<Case> cases;
  std::function<vrp::BenchmarkInstance(const fs::path&)> read;
};

std::optional<double> sol_cost(const fs::path& sol) {
  std::ifstream in(sol);
  for (std::string word; in >> word;) {
    if (word == "Cost") {
      double cost = 0;
      if (in >> cost) return cost;
    }
  }
  return std::nullopt;
}

Family cvrp_family(const fs::path& dir) {
  Family f{"cvrp", {}, vrp::read_cvrplib};
  if (!fs::exists(dir)) return f;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".vrp") continue;
    fs::path sol = entry.path();
    sol.replace_extension(".sol");
    if (auto cost = sol_cost(sol)) f.cases.push_back({entry.path().stem().string(), entry.path(), *cost});
  }
  return f;
}

// BKS.json holds both the hierarchical best (fewest vehicles first) as "R101" and the best distance within the
// file's fleet as "R101_distance"; our objective is distance, so the latter is the fair reference.
Family solomon_family(const fs::path& dir) {
  Family f{"solomon", {}, vrp::read_solomon};
  std::ifstream in(dir / "BKS.json");
  if (!in) return f;
  const nlohmann::json bks = nlohmann::json::parse(in);
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().stem().string();
    const auto it = bks.find(name + "_distance");
    if (it == bks.end()) continue;
    f.cases.push_back({name, entry.path(), (*it)["best_known_cost"].get<double>()});
  }
  return f;
}

bool selected(const std::string& name, const std::string& filter) {
  if (filter.empty()) return true;
  std::stringstream parts(filter);
  for (std::string part; std::getline(parts, part, ',');) {
    if (!part.empty() && name.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"VRP solver gap to best known solutions"};
  double time_limit = 10;
  std::string family_name;
  std::string filter;
  std::uint64_t seed = 1;
  std::string data = BOSAI_SHARED_DATA "/vrp";
  app.add_option("--time-limit", time_limit, "Seconds per instance")->check(CLI::PositiveNumber);
  app.add_option("--family", family_name, "cvrp or solomon (default both)")
      ->check(CLI::IsMember({"cvrp", "solomon"}));
  app.add_option("--filter", filter, "Only instances whose name contains one of these comma-separated parts");
  app.add_option("--seed", seed, "Random seed");
  app.add_option("--data", data, "Folder holding cvrp/ and vrptw-solomon/");
  long max_iterations = 0;
  app.add_option("--max-iterations", max_iterations,
                 "Also stop after this many iterations: comparable runs on a busy machine");
  vrp::SolveOptions tuned;
  app.add_option("--start-temperature", tuned.start_temperature, "Tuning: see SolveOptions");
  app.add_option("--final-temperature", tuned.final_temperature, "Tuning: see SolveOptions");
  app.add_option("--blink-rate", tuned.blink_rate, "Tuning: see SolveOptions");
  app.add_option("--average-removed", tuned.ruin.average_removed, "Tuning: see RuinParameters");
  app.add_option("--max-string-length", tuned.ruin.max_string_length, "Tuning: see RuinParameters");
  CLI11_PARSE(app, argc, argv);

  std::vector<Family> families;
  if (family_name != "solomon") families.push_back(cvrp_family(fs::path(data) / "cvrp"));
  if (family_name != "cvrp") families.push_back(solomon_family(fs::path(data) / "vrptw-solomon"));

  bool all_valid = true;
  for (Family& family : families) {
    std::sort(family.cases.begin(), family.cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
    std::printf("%-8s %-12s %10s %10s %8s %7s %s\n", family.name.c_str(), "instance", "ours", "best", "gap %",
                "time s", "routes");
    double gap_sum = 0;
    int count = 0;
    int failed = 0;
    double total_seconds = 0;
    for (const Case& c : family.cases) {
      if (!selected(c.name, filter)) continue;
      const vrp::BenchmarkInstance instance = family.read(c.file);
      vrp::SolveOptions options = tuned;
      options.time_limit_seconds = time_limit;
      options.seed = seed;
      if (max_iterations > 0) options.max_iterations = max_iterations;
      const auto started = std::chrono::steady_clock::now();
      const vrp::Solution solution = vrp::solve(instance.problem, options);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      total_seconds += seconds;
      const vrp::Validation check = vrp::validate(instance.problem, solution);
      const bool valid = check.ok() && solution.unassigned.empty();
      all_valid = all_valid && valid;
      const double cost = vrp::travel_cost(instance.problem, solution);
      const double gap = 100.0 * (cost - c.best_known) / c.best_known;
      if (valid) {
        gap_sum += gap;
        ++count;
      } else {
        ++failed;
      }
      const std::string verdict = !check.ok()                     ? "  INVALID: " + check.errors.front()
                                  : !solution.unassigned.empty() ? "  UNASSIGNED JOBS"
                                  : solution.routes.size() > static_cast<std::size_t>(instance.vehicle_limit)
                                      ? "  over the file's fleet of " + std::to_string(instance.vehicle_limit)
                                      : "";
      std::printf("%-8s %-12s %10.2f %10.2f %8.2f %7.2f %zu%s\n", family.name.c_str(), c.name.c_str(), cost,
                  c.best_known, gap, seconds, solution.routes.size(), verdict.c_str());
      std::fflush(stdout);
    }
    if (count + failed == 0) {
      std::printf("%-8s no instances found\n\n", family.name.c_str());
      continue;
    }
    std::printf("%-8s mean gap to best known: %.2f %% over %d valid instances at %.1f s each; %d failed; %.1f s total\n\n",
                family.name.c_str(), count > 0 ? gap_sum / count : 0.0, count, time_limit, failed, total_seconds);
  }
  return all_valid ? 0 : 1;
}
