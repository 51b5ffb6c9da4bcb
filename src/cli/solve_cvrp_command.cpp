#include "cli/commands.h"
#include "cli/vrp_solve_runner.h"

namespace bosai::cli {

void add_solve_cvrp_command(CLI::App& app, Context& context) {
  add_vrp_solve_command(app, context, "cvrp", "Capacitated VRP from a CVRPLIB/TSPLIB .vrp file",
                        services::BenchmarkFormat::cvrplib);
}

}  // namespace bosai::cli
