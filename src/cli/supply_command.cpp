// `bosai supply plan|replan`: relief-supply transport for a drill scenario (drills/*-supply.toml), on the
// scenario's road network, with printable route sheets per driver (services/supply_run).
#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/stderr_progress.h"
#include "core/error.h"
#include "report/route_sheets.h"
#include "services/output_files.h"
#include "services/supply_run.h"
#include "supply/clock_time.h"
#include "supply/supply_plan_json.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

struct PlanOptions {
  services::SupplyRequest request;
  std::filesystem::path out = "supply-plan";
  long iterations = 0;
};

struct ReplanOptions {
  std::filesystem::path previous_plan;
  std::string at;
  std::vector<std::string> vehicles_down;
  std::vector<std::string> populations;  // SHELTER=OCCUPANTS[:HOME_EVACUEES]
};

constexpr std::initializer_list<FlagName> kFlags = {
    {"at", "--at"}, {"vehicle_down", "--vehicle-down"}, {"population", "--population"}};

void add_common_options(CLI::App& cmd, PlanOptions& options) {
  auto& rq = options.request;
  cmd.add_option("SCENARIO", rq.scenario, "Supply scenario (drills/*-supply.toml)")->required()->check(CLI::ExistingFile);
  cmd.add_option("--out", options.out, "Folder for plan.json, routes.geojson and route-sheets.html");
  cmd.add_option("--time-limit", rq.time_limit_seconds, "Search time in seconds per fleet")->check(CLI::PositiveNumber);
  cmd.add_option("--iterations", options.iterations, "Stop after this many iterations (reproducible runs)")
      ->check(CLI::NonNegativeNumber);
  cmd.add_option("--seed", rq.seed, "Random seed");
  cmd.add_option("--close-area", rq.closed_areas, "GeoJSON polygon(s) whose roads are closed (fire, flood)")
      ->check(CLI::ExistingFile);
}

services::SupplyRequest request_of(const PlanOptions& options) {
  auto request = options.request;
  if (options.iterations > 0) request.max_iterations = options.iterations;
  return request;
}

// Everything lands in `out` or nothing does.
void write_outputs(const std::filesystem::path& out, const supply::SupplyPlan& plan) {
  services::write_files(out, {{"plan.json", supply::supply_plan_json(plan).dump(2)},
                              {"routes.geojson", supply::supply_plan_geojson(plan).dump()},
                              {"route-sheets.html", report::route_sheets_html(plan)}});
}

void print_plan(const supply::SupplyPlan& plan, const Context& context) {
  if (context.json) {
    std::cout << supply::supply_plan_json(plan).dump() << "\n";
    return;
  }
  std::size_t stops = 0;
  for (const auto& route : plan.routes) stops += route.stops.size();
  std::cout << plan.scenario << ": " << plan.routes.size() << " routes, " << stops << " deliveries, "
            << static_cast<long>(plan.total_distance_m / 100) / 10.0 << " km\n";
  for (const auto& route : plan.routes) {
    std::cout << "  " << route.vehicle_name << " (" << route.vehicle_id << "): " << route.stops.size() << " stops, "
              << supply::format_clock(route.start) << "–" << supply::format_clock(route.end) << "\n";
  }
  for (const auto& u : plan.unserved) std::cout << "  未配送 " << u.name << " (" << u.job_id << "): " << u.reason << "\n";
}

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

// SHELTER=OCCUPANTS[:HOME_EVACUEES]
void parse_population(const std::string& text, services::SupplyEvents& events) {
  const auto eq = text.find('=');
  if (eq == std::string::npos) throw InputError("--population", 0, text, "expected SHELTER=OCCUPANTS[:HOME]");
  const std::string counts = text.substr(eq + 1);
  const auto colon = counts.find(':');
  auto whole = [&](const std::string& part) {
    std::size_t used = 0;
    long value = -1;
    try {
      value = std::stol(part, &used);
    } catch (const std::logic_error&) {
    }
    if (used != part.size() || value < 0) throw InputError("--population", 0, text, "head counts must be whole numbers ≥ 0");
    return value;
  };
  auto& entry = events.head_counts[text.substr(0, eq)];
  entry.first = whole(counts.substr(0, colon));
  if (colon != std::string::npos) entry.second = whole(counts.substr(colon + 1));
}

void add_plan(CLI::App& supply_cmd, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  auto* cmd = supply_cmd.add_subcommand("plan", "Plan relief-supply deliveries for a scenario");
  add_common_options(*cmd, *options);
  cmd->callback([&context, options] {
    StderrProgress progress(context);
    const auto plan = services::plan_supply(request_of(*options), progress);
    write_outputs(options->out, plan);
    print_plan(plan, context);
    if (!context.quiet) std::cerr << "written to " << options->out.string() << "/\n";
  });
}

void add_replan(CLI::App& supply_cmd, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  auto replan = std::make_shared<ReplanOptions>();
  auto* cmd = supply_cmd.add_subcommand("replan", "Re-plan at a drill time after closures, breakdowns or new head counts");
  add_common_options(*cmd, *options);
  cmd->add_option("--plan", replan->previous_plan, "The plan.json being revised")->required()->check(CLI::ExistingFile);
  cmd->add_option("--at", replan->at, "Drill time of the re-plan, HH:MM")->required();
  cmd->add_option("--vehicle-down", replan->vehicles_down, "A vehicle that broke down (repeatable)");
  cmd->add_option("--population", replan->populations, "New head count SHELTER=OCCUPANTS[:HOME_EVACUEES] (repeatable)");
  cmd->callback([&context, options, replan] {
    services::SupplyEvents events{replan->at, replan->vehicles_down, {}};
    for (const auto& text : replan->populations) parse_population(text, events);
    StderrProgress progress(context);
    const auto result = with_flags(kFlags, [&] {
      return services::replan_supply(request_of(*options), replan->previous_plan, events, progress);
    });
    write_outputs(options->out, result.plan);
    print_plan(result.plan, context);
    print_changes(result.changes, context);
  });
}

}  // namespace

void add_supply_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("supply", "Relief-supply transport: plan and re-plan deliveries to shelters");
  cmd->require_subcommand(1);
  add_plan(*cmd, context);
  add_replan(*cmd, context);
}

}  // namespace bosai::cli
