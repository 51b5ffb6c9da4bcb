#pragma once
#include "core/progress.h"
#include "map/map_scene.h"
#include "services/drill_report.h"
#include "store/store.h"

#include <vector>

namespace bosai::services {

// The world before and after one re-plan of the assignment that an inject forced (a road closed, a shelter
// damaged): the drill's 地区, each open shelter labelled with the people it holds (or 使用不可), the areas closed
// by then with the roads into them, and the supply routes of the plan in effect.
struct DrillChangeMaps {
  std::size_t assignment = 0;  // index into DrillReport::assignments
  map::MapScene before;
  map::MapScene after;
};

// One pair per re-plan after the baseline, in drill order; none when the drill solved no assignment. The
// scenario's roads are read once for all maps. Cancellable.
std::vector<DrillChangeMaps> drill_change_maps(store::Store& store, const DrillReport& report, Progress& progress);

}  // namespace bosai::services
