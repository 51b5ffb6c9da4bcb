#pragma once
#include "core/progress.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

enum class BenchmarkFormat {
  cvrplib,  // CVRPLIB / TSPLIB .vrp (capacitated VRP)
  solomon,  // Solomon .txt (VRP with time windows)
};

struct BenchmarkRequest {
  std::filesystem::path file;
  BenchmarkFormat format = BenchmarkFormat::cvrplib;
  double time_limit_seconds = 10;      // from the call, reading the file included
  std::uint64_t seed = 1;
  std::optional<long> max_iterations;  // with the seed, makes the run reproducible
};

struct BenchmarkRoute {
  std::string vehicle;
  std::vector<std::string> jobs;  // the file's customer numbers, in visiting order
  double cost = 0;                // travel only: without the fixed cost that keeps a CVRP fleet small
};

struct BenchmarkUnassigned {
  std::string job;
  std::string reason;  // e.g. "not reached before the time limit (partial solution)"
};

struct BenchmarkSolution {
  std::string name;  // the instance's own name
  std::vector<BenchmarkRoute> routes;
  std::vector<BenchmarkUnassigned> unassigned;
  double cost = 0;       // total travel, what the benchmarks score
  bool partial = false;  // the time limit passed before every customer was tried
  long iterations = 0;
  long vehicle_limit = 0;  // the file's fleet
  // Set when serving every customer took more routes than the file's fleet (CVRPLIB's fleet is a target).
  std::string fleet_note;
  std::string cvrplib_solution;  // the CVRPLIB .sol text: "Route #1: 3 5 9" lines, then "Cost N"
};

// `bosai solve cvrp|vrptw`: reads a published benchmark instance and solves it. The time limit runs from this
// call, so it is set as `progress`'s deadline before the file is read; a run cut short returns a valid
// partial solution with the customers it did not reach unassigned. A cancel throws Cancelled; a malformed
// file is an InputError naming FILE:LINE.
BenchmarkSolution solve_benchmark(const BenchmarkRequest& request, Progress& progress);

}  // namespace bosai::services
