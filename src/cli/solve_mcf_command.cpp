#include "cli/commands.h"
#include "cli/solve_command.h"
#include "services/flow_solve.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace bosai::cli {

void add_solve_mcf_command(CLI::App& app, Context& context) {
  auto file = std::make_shared<std::string>();
  auto* cmd = solve_subcommand(app).add_subcommand(
      "mcf", "Min-cost flow (DIMACS .min) or min-cost perfect assignment (DIMACS .asn), solved exactly");
  cmd->add_option("FILE", *file, "DIMACS file; the 'p min' or 'p asn' line decides the kind")->required();
  cmd->callback([&context, file] {
    const services::FlowSolveResult result = services::solve_dimacs_file(*file);
    if (context.json) {
      nlohmann::json out{{"status", result.optimal ? "optimal" : "infeasible"}};
      if (result.optimal) out["cost"] = result.cost;  // a string: may exceed 64 bits
      std::cout << out.dump() << "\n";
      return;
    }
    std::cout << (result.optimal ? "cost " + result.cost : std::string("infeasible")) << "\n";
  });
}

}  // namespace bosai::cli
