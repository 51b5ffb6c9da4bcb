// `bosai supply replan`: the plan revised at a drill time after closures, breakdowns or new head counts,
// with what changed for each driver (services/supply_run).
#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/stderr_progress.h"
#include "cli/supply_command.h"

#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

struct ReplanOptions {
  std::filesystem::path previous_plan;
  std::string at;
  std::vector<std::string> vehicles_down;
  std::vector<std::string> populations;  // SHELTER=OCCUPANTS[:HOME_EVACUEES]
};

constexpr std::initializer_list<FlagName> kFlags = {
    {"at", "--at"}, {"vehicle_down", "--vehicle-down"}, {"population", "--population"}};

void print_changes(const supply::PlanChanges& changes, const Context& context) {
  if (context.json) return;  // the JSON plan already says everything scripts need
  for (const auto& route : changes.routes) {
    if (route.kind == supply::RouteChange::Kind::unchanged) continue;
    std::cout << "  変更 " << route.vehicle_id << ": " << supply::describe(route.kind);
    for (const auto& job : route.added_jobs) std::cout << " +" << job;
    for (const auto& job : route.removed_jobs) std::cout << " -" << job;
    if (route.reordered) std::cout << " (順序変更)";
    std::cout << "\n";
  }
  for (const auto& job : changes.newly_unserved) std::cout << "  新たに未配送: " << job << "\n";
  for (const auto& job : changes.newly_served) std::cout << "  新たに配送: " << job << "\n";
}

}  // namespace

void add_supply_replan_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<SupplyOptions>();
  auto replan = std::make_shared<ReplanOptions>();
  auto* cmd = supply_subcommand(app).add_subcommand(
      "replan", "Re-plan at a drill time after closures, breakdowns or new head counts");
  add_supply_options(*cmd, *options);
  cmd->add_option("--plan", replan->previous_plan, "The plan.json being revised")->required()->check(CLI::ExistingFile);
  cmd->add_option("--at", replan->at, "Drill time of the re-plan, HH:MM")->required();
  cmd->add_option("--vehicle-down", replan->vehicles_down, "A vehicle that broke down (repeatable)");
  cmd->add_option("--population", replan->populations, "New head count SHELTER=OCCUPANTS[:HOME_EVACUEES] (repeatable)");
  cmd->callback([&context, options, replan] {
    StderrProgress progress(context);
    const auto result = with_flags(kFlags, [&] {
      services::SupplyEvents events{replan->at, replan->vehicles_down, {}};
      for (const auto& text : replan->populations) services::parse_population(text, events);
      return services::replan_supply(options->request_with_budget(), replan->previous_plan, events, progress);
    });
    write_supply_outputs(options->out, result.plan, options->request, progress);
    print_supply_plan(result.plan, context);
    print_changes(result.changes, context);
  });
}

}  // namespace bosai::cli
