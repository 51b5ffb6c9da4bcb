#include "services/supply_run.h"

#include "core/error.h"
#include "services/areas.h"
#include "supply/clock_time.h"
#include "supply/demand_rates_reader.h"
#include "supply/road_travel_network.h"
#include "supply/scenario_reader.h"
#include "supply/supply_plan_json.h"
#include "supply/supply_planner.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace bosai::services {
namespace {

supply::PlannerOptions planner_options(const SupplyRequest& request) {
  supply::PlannerOptions options;
  options.time_limit_seconds = request.time_limit_seconds;
  options.max_iterations = request.max_iterations;
  options.seed = request.seed;
  return options;
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

supply::ReplanEvents checked_events(const SupplyEvents& events, const supply::SupplyScenario& scenario) {
  supply::ReplanEvents out;
  out.now = supply::parse_clock(events.at);
  if (out.now < 0) throw InputError("", 0, "at", "expected a drill time HH:MM, got '" + events.at + "'");
  for (const auto& id : events.vehicles_down) {
    bool known = false;
    for (const auto& v : scenario.vehicles) known = known || v.id == id;
    if (!known) throw NotFoundError("", 0, "vehicle_down", "no vehicle " + id + " in the scenario");
    out.vehicles_down.insert(id);
  }
  for (const auto& [shelter, counts] : events.head_counts) {
    const supply::SupplyStop* stop = nullptr;
    for (const auto& s : scenario.stops) {
      if (s.shelter_id == shelter) stop = &s;
    }
    if (!stop) throw NotFoundError("", 0, "population", "no shelter " + shelter + " in the scenario");
    supply::ShelterPopulation population = stop->population;
    population.occupants = counts.first;
    if (counts.second) population.home_evacuees = *counts.second;
    if (population.occupants < 0 || population.home_evacuees < 0) {
      throw InputError("", 0, "population", shelter + ": head counts must be whole numbers ≥ 0");
    }
    out.population[shelter] = population;
  }
  return out;
}

}  // namespace

void parse_population(const std::string& text, SupplyEvents& events) {
  auto fail = [&](const std::string& what) { throw InputError("", 0, "population", text + ": " + what); };
  const auto eq = text.find('=');
  if (eq == std::string::npos) fail("expected SHELTER=OCCUPANTS[:HOME]");
  const std::string counts = text.substr(eq + 1);
  const auto colon = counts.find(':');
  auto whole = [&](const std::string& part) {
    std::size_t used = 0;
    long value = -1;
    try {
      value = std::stol(part, &used);
    } catch (const std::logic_error&) {
    }
    if (used != part.size() || value < 0) fail("head counts must be whole numbers ≥ 0");
    return value;
  };
  auto& entry = events.head_counts[text.substr(0, eq)];
  entry.first = whole(counts.substr(0, colon));
  if (colon != std::string::npos) entry.second = whole(counts.substr(colon + 1));
}

supply::SupplyPlan plan_supply(const supply::SupplyScenario& scenario, const std::vector<Area>& closed_areas,
                               const supply::PlannerOptions& options, Progress& progress) {
  progress.throw_if_cancelled();
  const auto rates = supply::read_demand_rates(scenario.rates);
  supply::RoadTravelNetwork network(scenario.roads, closed_areas);
  supply::SupplyPlanner planner(scenario, rates, network, options);
  return planner.plan(progress);
}

SupplyReplan replan_supply(const supply::SupplyScenario& scenario, const std::vector<Area>& closed_areas,
                           const supply::PlannerOptions& options, const supply::SupplyPlan& previous,
                           const supply::ReplanEvents& events, Progress& progress) {
  const auto rates = supply::read_demand_rates(scenario.rates);
  supply::RoadTravelNetwork network(scenario.roads, closed_areas);
  supply::SupplyPlanner planner(scenario, rates, network, options);
  SupplyReplan out;
  out.plan = planner.replan(previous, events, out.changes, progress);
  return out;
}

supply::SupplyPlan plan_supply(const SupplyRequest& request, Progress& progress) {
  progress.throw_if_cancelled();
  return plan_supply(supply::read_supply_scenario(request.scenario), read_areas(request.closed_areas),
                     planner_options(request), progress);
}

SupplyReplan replan_supply(const SupplyRequest& request, const std::filesystem::path& previous_plan,
                           const SupplyEvents& events, Progress& progress) {
  const auto scenario = supply::read_supply_scenario(request.scenario);
  const auto previous = read_previous_plan(previous_plan);
  const auto checked = checked_events(events, scenario);
  return replan_supply(scenario, read_areas(request.closed_areas), planner_options(request), previous, checked,
                       progress);
}

}  // namespace bosai::services
