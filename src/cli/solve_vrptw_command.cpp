#include "cli/commands.h"
#include "cli/vrp_solve_runner.h"

namespace bosai::cli {

void add_solve_vrptw_command(CLI::App& app, Context& context) {
  add_vrp_solve_command(app, context, "vrptw",
                        "VRP with time windows from a Solomon .txt file (cost = unrounded distance)",
                        services::BenchmarkFormat::solomon);
}

}  // namespace bosai::cli
