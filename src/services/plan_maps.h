#pragma once
#include "core/evacuation_plan.h"
#include "core/person.h"
#include "core/progress.h"
#include "map/map_scene.h"
#include "store/store.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace bosai::services {

// The route map of each plan that has a stored route (GeoJSON from `plans route` or a file the ward drew):
// the route, the home, the destination shelter with its kind, the person's 地区 and, when a road file is given,
// the streets around, so the person and supporters can follow it on paper. One scene per plan in `plans`
// order; nullopt for a plan without a route.
std::vector<std::optional<map::MapScene>> plan_route_maps(store::Store& store, const Person& person,
                                                          const std::vector<EvacuationPlan>& plans,
                                                          const std::optional<std::filesystem::path>& roads,
                                                          Progress& progress);

}  // namespace bosai::services
