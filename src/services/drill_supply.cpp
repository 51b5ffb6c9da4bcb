#include "services/drill_supply.h"

#include <algorithm>

namespace bosai::services {

supply::Minutes supply_time(const CheckedDrill& c, int minute) {
  if (c.scenario.supply_clock) return *c.scenario.supply_clock + minute;
  supply::Minutes first = 24 * 60;
  for (const auto& v : c.supply->vehicles) first = std::min(first, v.shift_start);
  return (c.supply->vehicles.empty() ? 0 : first) + minute;
}

supply::PlannerOptions drill_planner_options() {
  supply::PlannerOptions options;
  options.time_limit_seconds = 30;  // a guard only: the iteration budget ends the search first
  options.max_iterations = 2000;
  options.seed = 1;
  return options;
}

supply::SupplyScenario drill_supply_scenario(const CheckedDrill& c, const DrillWorld& w) {
  auto scenario = *c.supply;
  for (auto& depot : scenario.depots) {
    const auto lost = w.shortages.find(depot.id);
    if (lost == w.shortages.end()) continue;
    for (const auto& [item, amount] : lost->second) {
      // The scenario check lets injects name only items the depot stocks; an unlisted one stays unlimited.
      const auto stock = depot.stock.find(item);
      if (stock != depot.stock.end()) stock->second = std::max(0L, stock->second - amount);
    }
  }
  return scenario;
}

std::map<std::string, supply::ShelterPopulation> drill_head_counts(const CheckedDrill& c, const DrillWorld& w,
                                                                   const ShelterLoads& now,
                                                                   const ShelterLoads& baseline) {
  auto at = [](const auto& m, const std::string& k) {
    const auto it = m.find(k);
    return it == m.end() ? 0L : static_cast<long>(it->second);
  };
  std::map<std::string, supply::ShelterPopulation> counts;
  for (const auto& stop : c.supply->stops) {
    const auto& id = stop.shelter_id;
    auto p = stop.population;
    const auto state = w.shelter_states.find(id);
    if (state != w.shelter_states.end() && state->second != "full") {
      p.occupants = 0;
      p.home_evacuees = 0;
    } else {
      p.occupants = std::max(0L, p.occupants + at(w.arrivals, id) + at(now, id) - at(baseline, id));
      p.home_evacuees += at(w.home_demand, id);
    }
    counts[id] = p;
  }
  return counts;
}

supply::SupplyPlan plan_drill_supply(const CheckedDrill& c, const DrillWorld& w, Progress& progress) {
  return plan_supply(drill_supply_scenario(c, w), w.closed_areas, drill_planner_options(), progress);
}

SupplyReplan replan_drill_supply(const CheckedDrill& c, const DrillWorld& w, const supply::SupplyPlan& previous,
                                 int minute, const std::map<std::string, supply::ShelterPopulation>& head_counts,
                                 Progress& progress) {
  supply::ReplanEvents events;
  events.now = supply_time(c, minute);
  events.vehicles_down = w.vehicles_down;
  events.population = head_counts;
  return replan_supply(drill_supply_scenario(c, w), w.closed_areas, drill_planner_options(), previous, events,
                       progress);
}

}  // namespace bosai::services
