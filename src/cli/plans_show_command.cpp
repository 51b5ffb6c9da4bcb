#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/plan_json.h"
#include "core/error.h"
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
  auto* cmd = command_group(app, "plans", "個別避難計画 (individual evacuation plans), one per person and hazard")
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
      const auto hazard = parse_hazard(options->hazard);
      if (!hazard) throw InputError("--hazard", 0, "must be earthquake (地震) or storm (風水害)");
      if (auto plan = service.current(options->id, *hazard)) plans.push_back(std::move(*plan));
    }
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : plans) out.push_back(plan_json(p));
    std::cout << (context.json ? out.dump() : out.dump(2)) << "\n";
  });
}

}  // namespace bosai::cli
