#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "people/plan_service.h"
#include "plans/evacuation_plan_reader.h"
#include "plans/toml_fields.h"

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
    auto parsed = plans::read_evacuation_plan(options->file);
    if (!parsed.route_file.empty()) {
      parsed.plan.route_geojson =
          people::checked_route_geojson(plans::read_text_file(parsed.route_file), parsed.route_file.string());
    }
    parsed.plan.person_id = options->id;
    auto access = open_people(context);
    people::PlanService plans(*access.session);
    // A route computed by `plans route` stays with the plan while it leads to the same place: editing the
    // supporters or the timeline must not silently drop it.
    if (parsed.route_file.empty()) {
      const auto previous = plans.current(options->id, parsed.plan.hazard);
      if (previous && previous->destination.name == parsed.plan.destination.name) {
        parsed.plan.route_geojson = previous->route_geojson;
      }
    }
    const int revision = plans.set(parsed.plan);
    if (context.json) {
      std::cout << nlohmann::json{{"person_id", options->id},
                                  {"hazard", plan_hazard_code(parsed.plan.hazard)},
                                  {"revision", revision}}
                       .dump()
                << "\n";
    } else {
      std::cout << "person " << options->id << ": " << plan_hazard_label(parsed.plan.hazard) << " plan revision "
                << revision << " stored\n";
    }
  });
}

}  // namespace bosai::cli
