#include "cli/solve_command.h"

#include "cli/parent_command.h"

namespace bosai::cli {

CLI::App& solve_subcommand(CLI::App& app) {
  return parent_command(app, "solve", "Solve a benchmark optimisation problem from a file");
}

}  // namespace bosai::cli
