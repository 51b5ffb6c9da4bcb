#pragma once
#include "routing/vrp/benchmark_instance.h"

#include <string>
#include <vector>

namespace bosai::test {

// A solution as the CLI prints it: customer ids per route and the stated cost.
struct PrintedSolution {
  std::vector<std::vector<std::string>> routes;
  double cost = -1;
  std::vector<std::string> unassigned;
};

// Reads "Route #k: a b c", "Unassigned: a (…)" and "Cost N" lines.
PrintedSolution parse_printed_solution(const std::string& text);
PrintedSolution printed_form(const routing::vrp::BenchmarkInstance& instance, const routing::vrp::Solution& solution);

// Checks from the instance alone, sharing no code with the solver or its validator: every customer exactly
// once, loads within capacity, windows, the route length limit, at most the available vehicles (the file's
// fleet when `hard_fleet`), and the stated cost equal to the recomputed route lengths. With `partial_allowed`
// a customer may instead be listed once as unassigned (a run cut short by its time limit). Returns the problems.
std::vector<std::string> check_printed_solution(const routing::vrp::BenchmarkInstance& instance,
                                                const PrintedSolution& solution, bool hard_fleet,
                                                bool partial_allowed = false);

}  // namespace bosai::test
