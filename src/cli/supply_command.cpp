// `bosai supply plan|replan`: relief-supply transport for a drill scenario (drills/*-supply.toml), on the
// scenario's road network, with printable route sheets per driver.
#include "cli/commands.h"
#include "cli/stderr_progress.h"
#include "core/error.h"
#include "report/route_sheets.h"
#include "supply/clock_time.h"
#include "supply/demand_rates_reader.h"
#include "supply/road_travel_network.h"
#include "supply/scenario_reader.h"
#include "supply/supply_plan_json.h"
#include "supply/supply_planner.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace bosai::cli {
namespace {

struct PlanOptions {
  std::filesystem::path scenario;
  std::filesystem::path out = "supply-plan";
  double time_limit = 5;
  long iterations = 0;
  std::uint64_t seed = 1;
  std::vector<std::filesystem::path> closed_areas;
};

struct ReplanOptions {
  std::filesystem::path previous_plan;
  std::string at;
  std::vector<std::string> vehicles_down;
  std::vector<std::string> populations;  // SHELTER=OCCUPANTS[:HOME_EVACUEES]
};

void add_common_options(CLI::App& cmd, PlanOptions& options) {
  cmd.add_option("SCENARIO", options.scenario, "Supply scenario (drills/*-supply.toml)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd.add_option("--out", options.out, "Folder for plan.json, routes.geojson and route-sheets.html");
  cmd.add_option("--time-limit", options.time_limit, "Search time in seconds per fleet")->check(CLI::PositiveNumber);
  cmd.add_option("--iterations", options.iterations, "Stop after this many iterations (reproducible runs)")
      ->check(CLI::NonNegativeNumber);
  cmd.add_option("--seed", options.seed, "Random seed");
  cmd.add_option("--close-area", options.closed_areas, "GeoJSON polygon(s) whose roads are closed (fire, flood)")
      ->check(CLI::ExistingFile);
}

void write_text(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + file.string());
}

// Everything lands in `out` or nothing does: files are written beside the final ones and renamed last.
void write_outputs(const std::filesystem::path& out, const supply::SupplyPlan& plan) {
  std::filesystem::create_directories(out);
  const std::pair<const char*, std::string> files[] = {
      {"plan.json", supply::supply_plan_json(plan).dump(2)},
      {"routes.geojson", supply::supply_plan_geojson(plan).dump()},
      {"route-sheets.html", report::route_sheets_html(plan)},
  };
  for (const auto& [name, text] : files) write_text(out / (std::string(name) + ".partial"), text);
  for (const auto& [name, text] : files) {
    std::filesystem::rename(out / (std::string(name) + ".partial"), out / name);
  }
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

supply::PlannerOptions planner_options(const PlanOptions& options) {
  supply::PlannerOptions planner;
  planner.time_limit_seconds = options.time_limit;
  if (options.iterations > 0) planner.max_iterations = options.iterations;
  planner.seed = options.seed;
  return planner;
}

supply::ShelterPopulation parse_population(const std::string& text, const supply::SupplyScenario& scenario) {
  const auto eq = text.find('=');
  if (eq == std::string::npos) throw InputError("--population", 0, text, "expected SHELTER=OCCUPANTS[:HOME]");
  supply::ShelterPopulation population;
  population.shelter_id = text.substr(0, eq);
  const supply::SupplyStop* stop = nullptr;
  for (const auto& s : scenario.stops) {
    if (s.shelter_id == population.shelter_id) stop = &s;
  }
  if (!stop) throw InputError("--population", 0, population.shelter_id, "no such shelter in the scenario");
  population = stop->population;
  try {
    const std::string counts = text.substr(eq + 1);
    const auto colon = counts.find(':');
    std::size_t used = 0;
    population.occupants = std::stol(counts.substr(0, colon), &used);
    if (used != counts.substr(0, colon).size() || population.occupants < 0) throw std::invalid_argument(counts);
    if (colon != std::string::npos) {
      population.home_evacuees = std::stol(counts.substr(colon + 1), &used);
      if (used != counts.size() - colon - 1 || population.home_evacuees < 0) throw std::invalid_argument(counts);
    }
  } catch (const std::logic_error&) {
    throw InputError("--population", 0, text, "head counts must be whole numbers ≥ 0");
  }
  return population;
}

supply::SupplyPlan read_previous_plan(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot open the previous plan");
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(in);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(file.string(), 0, std::string("not JSON: ") + e.what());
  }
  return supply::supply_plan_from_json(json, file.string());
}

void add_plan(CLI::App& supply_cmd, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  auto* cmd = supply_cmd.add_subcommand("plan", "Plan relief-supply deliveries for a scenario");
  add_common_options(*cmd, *options);
  cmd->callback([&context, options] {
    const auto scenario = supply::read_supply_scenario(options->scenario);
    const auto rates = supply::read_demand_rates(scenario.rates);
    supply::RoadTravelNetwork network(scenario.roads, options->closed_areas);
    supply::SupplyPlanner planner(scenario, rates, network, planner_options(*options));
    StderrProgress progress(context);
    const auto plan = planner.plan(progress);
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
    const auto scenario = supply::read_supply_scenario(options->scenario);
    const auto rates = supply::read_demand_rates(scenario.rates);
    const auto previous = read_previous_plan(replan->previous_plan);
    supply::ReplanEvents events;
    events.now = supply::parse_clock(replan->at);
    if (events.now < 0) throw InputError("--at", 0, replan->at, "expected HH:MM");
    for (const auto& id : replan->vehicles_down) {
      bool known = false;
      for (const auto& v : scenario.vehicles) known = known || v.id == id;
      if (!known) throw InputError("--vehicle-down", 0, id, "no such vehicle in the scenario");
      events.vehicles_down.insert(id);
    }
    for (const auto& text : replan->populations) {
      auto population = parse_population(text, scenario);
      events.population[population.shelter_id] = population;
    }
    supply::RoadTravelNetwork network(scenario.roads, options->closed_areas);
    supply::SupplyPlanner planner(scenario, rates, network, planner_options(*options));
    supply::PlanChanges changes;
    StderrProgress progress(context);
    const auto plan = planner.replan(previous, events, changes, progress);
    write_outputs(options->out, plan);
    print_plan(plan, context);
    print_changes(changes, context);
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
