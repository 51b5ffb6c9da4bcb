#pragma once
#include "services/drill_scenario_check.h"

#include <string>

namespace bosai::services {

// What people read in a drill's outputs (the CLI's step lines, the after-action report) in place of the ids the
// drill's events store.

// A shelter by its name, "（行き先なし）" for the unplaced (""), the id itself when the drill does not know it.
std::string drill_shelter_name(const CheckedDrill& drill, const std::string& id);

// A vehicle of the drill's supply scenario by its name, the id when there is none.
std::string drill_vehicle_name(const CheckedDrill& drill, const std::string& id);

// A supply re-plan's route change as stored ("cancelled", "added", "changed") in Japanese.
const char* route_change_label(const std::string& change);

}  // namespace bosai::services
