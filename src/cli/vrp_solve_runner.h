#pragma once
#include "cli/context.h"
#include "routing/vrp/benchmark_instance.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

namespace bosai::cli {

using VrpReader = routing::vrp::BenchmarkInstance (*)(const std::filesystem::path&);

// Registers `solve <name> FILE [--time-limit S] [--seed N] [--max-iterations N]` reading FILE with `reader`
// and printing the solution in CVRPLIB .sol form (or JSON with --json). `solve cvrp` and `solve vrptw` differ
// only in their reader.
void add_vrp_solve_command(CLI::App& app, Context& context, const std::string& name, const std::string& help,
                           VrpReader reader);

}  // namespace bosai::cli
