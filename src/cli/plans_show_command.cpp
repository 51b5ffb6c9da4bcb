#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/plan_json.h"
#include "people/plan_service.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanShowOptions {
  long long id = 0;
  std::string hazard;
};
}  // namespace

void add_plans_show_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanShowOptions>();
  auto* cmd = plans_group(app)
                  .add_subcommand("show", "Show a person's current plans (both hazards unless --hazard)");
  cmd->add_option("ID", options->id, "Person id")->required();
  cmd->add_option("--hazard", options->hazard, "earthquake (地震) or storm (風水害)");
  cmd->callback([&context, options] {
    auto access = open_people(context);
    people::PlanService service(*access.session);
    std::vector<EvacuationPlan> plans;
    if (options->hazard.empty()) {
      plans = service.current_all(options->id);
    } else {
      if (auto plan = service.current(options->id, hazard_option(options->hazard))) plans.push_back(std::move(*plan));
    }
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : plans) out.push_back(plan_json(p));
    std::cout << (context.json ? out.dump() : out.dump(2)) << "\n";
  });
}

}  // namespace bosai::cli
