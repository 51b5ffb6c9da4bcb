#pragma once
#include "cli/context.h"
#include "services/benchmark_solve.h"

#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// Registers `solve <name> FILE [--time-limit S] [--seed N] [--max-iterations N]` reading FILE in `format`
// and printing the solution in CVRPLIB .sol form (or JSON with --json). `solve cvrp` and `solve vrptw` differ
// only in their format.
void add_vrp_solve_command(CLI::App& app, Context& context, const std::string& name, const std::string& help,
                           services::BenchmarkFormat format);

}  // namespace bosai::cli
