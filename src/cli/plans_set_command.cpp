#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "services/plan_revision.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanSetOptions {
  long long id = 0;
  std::filesystem::path file;
};
}  // namespace

void add_plans_set_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanSetOptions>();
  auto* cmd = plans_group(app)
                  .add_subcommand("set", "Store a plan file as the next revision of the person's plan for its hazard");
  cmd->add_option("ID", options->id, "Person id")->required();
  cmd->add_option("FILE", options->file, "Plan file (TOML; format: docs/people.md)")->required();
  cmd->callback([&context, options] {
    auto access = open_people(context);
    const auto stored = services::store_plan_file(*access.session, options->id, options->file);
    if (context.json) {
      std::cout << nlohmann::json{{"person_id", options->id},
                                  {"hazard", plan_hazard_code(stored.hazard)},
                                  {"revision", stored.revision}}
                       .dump()
                << "\n";
    } else {
      std::cout << "person " << options->id << ": " << plan_hazard_label(stored.hazard) << " plan revision "
                << stored.revision << " stored\n";
    }
  });
}

}  // namespace bosai::cli
