#pragma once
#include "core/progress.h"
#include "supply/demand_rates.h"
#include "supply/plan_changes.h"
#include "supply/planner_options.h"
#include "supply/replan_events.h"
#include "supply/supply_plan.h"
#include "supply/supply_scenario.h"
#include "supply/travel_network.h"

namespace bosai::supply {

// Turns a scenario into driver routes: demand per shelter (occupants + home evacuees) split into vehicle loads,
// routed by the VRP solver on road travel times. Road vehicles go first; what they cannot reach or carry is
// offered to the foot fleet (hand carts, bicycles) on the walk network. Depot stock limits are applied before
// routing, rationing every shelter alike, and shortages are reported as unserved with their reason.
// `progress` hears every phase (roads, shortest paths, each fleet's search); a cancel from any thread stops
// the work within one shortest-path search or a few construction steps and throws bosai::Cancelled (no plan).
class SupplyPlanner {
 public:
  SupplyPlanner(const SupplyScenario& scenario, const DemandRates& rates, TravelNetwork& network,
                PlannerOptions options = {});

  SupplyPlan plan(Progress& progress = no_progress());

  // Revises `previous` at `events.now`: what was delivered stays delivered, vehicles start from where they are
  // with what they carry (or reload at a depot when they are back), broken-down vehicles drop out, demand
  // changes add or trim loads, and the depot stock (perhaps lowered since) less what was delivered is rationed
  // over the loads still to go as `plan` rations it. Moving a load to another vehicle carries a penalty, so
  // untouched routes stay as they were. `changes` receives what changed, vehicle by vehicle.
  SupplyPlan replan(const SupplyPlan& previous, const ReplanEvents& events, PlanChanges& changes,
                    Progress& progress = no_progress());

 private:
  const SupplyScenario& scenario_;
  const DemandRates& rates_;
  TravelNetwork& network_;
  PlannerOptions options_;
};

}  // namespace bosai::supply
