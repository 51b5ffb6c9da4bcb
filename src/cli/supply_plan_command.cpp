// `bosai supply plan`: a relief-supply transport plan for a scenario (services/supply_run).
#include "cli/commands.h"
#include "cli/stderr_progress.h"
#include "cli/supply_command.h"

#include <iostream>
#include <memory>

namespace bosai::cli {

void add_supply_plan_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<SupplyOptions>();
  auto* cmd = supply_subcommand(app).add_subcommand("plan", "Plan relief-supply deliveries for a scenario");
  add_supply_options(*cmd, *options);
  cmd->callback([&context, options] {
    StderrProgress progress(context);
    const auto plan = services::plan_supply(options->request_with_budget(), progress);
    write_supply_outputs(options->out, plan, options->request, progress);
    print_supply_plan(plan, context);
    if (!context.quiet) std::cerr << "written to " << options->out.string() << "/\n";
  });
}

}  // namespace bosai::cli
