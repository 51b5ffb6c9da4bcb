#pragma once
#include "core/area.h"
#include "core/district.h"
#include "drills/drill_scenario.h"
#include "services/document_links.h"
#include "store/store.h"
#include "supply/supply_scenario.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

// A scenario with everything it names found in the store: the drill runs on these, never on the names again.
struct CheckedDrill {
  drills::DrillScenario scenario;
  std::vector<District> districts;
  std::vector<std::string> open_shelters;             // 共通ID, in the order given (or the registry's)
  std::map<std::string, std::string> shelter_ids;     // inject id → the 共通ID of the shelter it names
  std::map<std::string, std::string> shelter_names;   // 共通ID → name, for what people read
  std::map<std::string, Area> areas;                  // inject id → its area (polygon or file)
  std::optional<supply::SupplyScenario> supply;
  std::map<std::string, LinkedSection> refs;          // objective ref as written → its section in the version tested
};

// Checks a scenario (read by drills::read_drill_scenario) against the store and the files it names: each 地区,
// shelter, depot and vehicle exists; each pinned plan or manual version is stored; each objective ref names a
// section of the pinned version (else of the version in force); each area file is a polygon file. The first
// problem is an InputError naming the scenario file, the line and the key, as the reader's are.
CheckedDrill check_drill_scenario(store::Store& store, drills::DrillScenario scenario);

}  // namespace bosai::services
