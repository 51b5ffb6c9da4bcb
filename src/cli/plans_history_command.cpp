#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/plan_json.h"
#include "core/clock.h"
#include "people/plan_service.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanHistoryOptions {
  long long id = 0;
  std::string hazard;
};
}  // namespace

void add_plans_history_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanHistoryOptions>();
  auto* cmd = plans_group(app)
                  .add_subcommand("history", "Every revision of a person's plan for one hazard, oldest first");
  cmd->add_option("ID", options->id, "Person id")->required();
  cmd->add_option("--hazard", options->hazard, "earthquake (地震) or storm (風水害)")->required();
  cmd->callback([&context, options] {
    const auto hazard = hazard_option(options->hazard);
    auto access = open_people(context);
    const auto revisions = people::PlanService(*access.session).history(options->id, hazard);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& p : revisions) out.push_back(plan_json(p));
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& p : revisions) {
      std::cout << "revision " << p.revision << "\t" << jst_display(p.changed_at) << "\t" << p.changed_by << "\t"
                << plan_status_label(p.status) << "\t最終確認 " << p.last_checked_on << "\t次回見直し "
                << p.next_review_on << "\n";
    }
  });
}

}  // namespace bosai::cli
