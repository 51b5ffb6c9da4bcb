#include "cli/solve_command.h"

namespace bosai::cli {

CLI::App& solve_subcommand(CLI::App& app) {
  for (CLI::App* existing : app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "solve"; })) {
    return *existing;
  }
  CLI::App* solve = app.add_subcommand("solve", "Solve a benchmark optimisation problem from a file");
  solve->require_subcommand(1);
  return *solve;
}

}  // namespace bosai::cli
