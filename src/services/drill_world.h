#pragma once
#include "core/area.h"
#include "drills/drill_scenario.h"
#include "services/drill_scenario_check.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace bosai::services {

// The drill's world as the injects released so far have left it. It is the drill's own: a drill never writes
// the registry (a damaged school in a drill must not show as damaged to the ward the next morning), so the
// solvers are given these edits on top of the registry instead.
struct DrillWorld {
  std::map<std::string, std::string> shelter_states;  // 共通ID → damaged | closed | full
  std::map<std::string, long> full_holds;             // 共通ID of a full shelter → the people it keeps
  std::vector<Area> closed_areas;                     // named after the inject that closed them
  std::map<std::string, long> arrivals;               // 共通ID → people who have arrived
  std::map<std::string, std::map<std::string, long>> needs;  // 共通ID → care, infants, foreigners, pets
  std::map<std::string, long> home_demand;            // 共通ID → home evacuees registered there
  std::set<std::string> vehicles_down;
  std::map<std::string, std::map<std::string, long>> shortages;  // depot → item → amount lost
  std::map<std::string, std::set<std::string>> outages;          // 共通ID or area name → power, water, phone
  std::map<std::string, std::string> calls;                      // pseudonym → outcome

  // Shelters the assignment may not use: damaged or closed. A full one keeps whom it holds (full_holds).
  std::vector<std::string> unusable_shelters() const;
};

// Which plans an inject makes stale: the assignment when roads or shelters changed; the supply plan when
// roads, shelters, head counts, stock or the fleet changed.
struct InjectEffect {
  bool assignment = false;
  bool supply = false;
};

// What `inject` does to `world`, and which plans must be solved again. `holds`: for a shelter declared full,
// the people the assignment had sent there when it was (stored with the inject's event, so a replay agrees).
InjectEffect apply_inject(DrillWorld& world, const CheckedDrill& drill, const drills::Inject& inject, long holds = 0);

}  // namespace bosai::services
