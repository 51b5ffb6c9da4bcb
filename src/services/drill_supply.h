#pragma once
#include "core/progress.h"
#include "services/drill_scenario_check.h"
#include "services/drill_world.h"
#include "services/supply_run.h"

#include <map>
#include <string>

namespace bosai::services {

// The relief-supply side of a drill (docs/drills.md, "Supply"): the scenario's plan at 0:00, and its re-plan
// on the drill's world whenever an inject or a re-planned assignment changes what the trucks must do.

// The supply day's clock at drill time `minute`.
supply::Minutes supply_time(const CheckedDrill& drill, int minute);

// A fixed iteration budget and seed: a drill re-run on the same scenario makes the same plans, and the figures
// a report quotes do not depend on how busy the machine was.
supply::PlannerOptions drill_planner_options();

// The supply scenario as the drill's world has left it: each depot's stock less what injects lost there.
supply::SupplyScenario drill_supply_scenario(const CheckedDrill& drill, const DrillWorld& world);

// Shelter loads of a re-planned assignment, 共通ID → people.
using ShelterLoads = std::map<std::string, long>;

// The head count of every shelter of the supply scenario as the drill has left it: its occupants plus those
// who arrived plus the change in its assigned load since the baseline (people the assignment moved bring their
// needs with them), its home evacuees plus those registered by injects; a damaged or closed shelter receives
// nothing (0 and 0). All of them, not only the changed ones: a count that went back is a change too.
std::map<std::string, supply::ShelterPopulation> drill_head_counts(const CheckedDrill& drill, const DrillWorld& world,
                                                                   const ShelterLoads& now,
                                                                   const ShelterLoads& baseline);

// The baseline plan, on the scenario's roads with the drill's closures so far.
supply::SupplyPlan plan_drill_supply(const CheckedDrill& drill, const DrillWorld& world, Progress& progress);

// The plan revised at drill time `minute`: deliveries made by then stay made, vehicles down drop out, stock
// lost and head counts changed are applied, over the roads with every closed area shut. What a fresh
// `bosai supply replan` gives on the same edited world.
SupplyReplan replan_drill_supply(const CheckedDrill& drill, const DrillWorld& world, const supply::SupplyPlan& previous,
                                 int minute, const std::map<std::string, supply::ShelterPopulation>& head_counts,
                                 Progress& progress);

}  // namespace bosai::services
