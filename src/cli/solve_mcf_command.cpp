#include "cli/commands.h"
#include "cli/solve_command.h"
#include "routing/flow/dimacs_reader.h"
#include "routing/flow/min_cost_flow.h"

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
    namespace flow = routing::flow;
    const flow::DimacsInstance instance = flow::read_dimacs(*file);
    const flow::MinCostFlowResult result = flow::solve_min_cost_flow(instance.problem);
    const bool optimal = result.status == flow::FlowStatus::optimal;
    if (context.json) {
      nlohmann::json out{{"status", optimal ? "optimal" : "infeasible"}};
      if (optimal) out["cost"] = flow::to_string(result.cost);  // a string: may exceed 64 bits
      std::cout << out.dump() << "\n";
      return;
    }
    std::cout << (optimal ? "cost " + flow::to_string(result.cost) : std::string("infeasible")) << "\n";
  });
}

}  // namespace bosai::cli
