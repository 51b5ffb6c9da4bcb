#pragma once
#include "core/progress.h"
#include "core/area.h"
#include "supply/plan_changes.h"
#include "supply/planner_options.h"
#include "supply/replan_events.h"
#include "supply/shelter_demand.h"
#include "supply/supply_plan.h"
#include "supply/supply_scenario.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

struct SupplyRequest {
  std::filesystem::path scenario;            // drills/*-supply.toml
  double time_limit_seconds = 5;             // search time per fleet
  std::optional<long> max_iterations;        // reproducible runs
  std::uint64_t seed = 1;
  std::vector<std::string> closed_areas;     // files of areas whose roads are closed (fire, flood)
};

// What happened in the drill since the plan was made.
struct SupplyEvents {
  std::string at;                                  // drill time HH:MM (field "at")
  std::vector<std::string> vehicles_down;          // vehicle ids (field "vehicle_down")
  std::map<std::string, std::pair<long, std::optional<long>>> head_counts;  // shelter → occupants[, home evacuees] (field "population")
};

// Adds one head count written SHELTER=OCCUPANTS[:HOME_EVACUEES] (a later one for the same shelter replaces
// the counts it gives).
// Anything else is an InputError on field "population" quoting the text.
void parse_population(const std::string& text, SupplyEvents& events);

struct SupplyReplan {
  supply::SupplyPlan plan;
  supply::PlanChanges changes;
};

// The scenario's demand split into loads and routed over its road network (services own the reading of
// scenario, rates and roads; the planner sees prepared inputs).
supply::SupplyPlan plan_supply(const SupplyRequest& request, Progress& progress);

// Revises the plan in `previous_plan` (a plan.json) at a drill time. Events are checked against the
// scenario first: an unknown vehicle or shelter, a bad time or a negative head count is an InputError
// naming the field, and nothing is planned.
SupplyReplan replan_supply(const SupplyRequest& request, const std::filesystem::path& previous_plan,
                           const SupplyEvents& events, Progress& progress);

// The same two on a scenario already read, with areas already closed: a drill edits its scenario (stock lost
// at a depot) and keeps its plans in its events, not in files. Events are taken as checked.
supply::SupplyPlan plan_supply(const supply::SupplyScenario& scenario, const std::vector<Area>& closed_areas,
                               const supply::PlannerOptions& options, Progress& progress);
SupplyReplan replan_supply(const supply::SupplyScenario& scenario, const std::vector<Area>& closed_areas,
                           const supply::PlannerOptions& options, const supply::SupplyPlan& previous,
                           const supply::ReplanEvents& events, Progress& progress);

}  // namespace bosai::services
