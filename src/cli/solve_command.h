#pragma once
#include <CLI/CLI.hpp>

namespace bosai::cli {

// The `solve` parent command shared by the optimisation subcommands (`solve cvrp`, `solve vrptw`, `solve mcf`):
// returns it, creating it on first use, so each subcommand file can register itself independently.
CLI::App& solve_subcommand(CLI::App& app);

}  // namespace bosai::cli
