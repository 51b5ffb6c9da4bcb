#pragma once
#include "core/progress.h"
#include "map/map_scene.h"
#include "services/supply_run.h"
#include "supply/supply_plan.h"

#include <vector>

namespace bosai::services {

// A map per driver, in `plan.routes` order, for the route sheets: the road path in the driver's colour, the
// stops numbered as on the sheet, the depot, the areas closed in the drill, on the scenario's own roads (read
// once for all the maps).
std::vector<map::MapScene> supply_route_maps(const SupplyRequest& request, const supply::SupplyPlan& plan,
                                             Progress& progress);

}  // namespace bosai::services
