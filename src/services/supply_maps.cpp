#include "services/supply_maps.h"

#include "core/calendar_date.h"
#include "services/areas.h"
#include "services/map_layers.h"
#include "supply/scenario_reader.h"

namespace bosai::services {

std::vector<map::MapScene> supply_route_maps(const SupplyRequest& request, const supply::SupplyPlan& plan,
                                             Progress& progress) {
  const auto scenario = supply::read_supply_scenario(request.scenario);
  map::MapScene base;
  base.closed_areas = read_areas(request.closed_areas);
  for (const auto& route : plan.routes) {
    base.routes.push_back({route.vehicle_name, route.geometry, {}});
    base.markers.push_back({map::MapScene::Marker::Kind::kDepot, route.start_depot_name, route.start_position});
  }
  add_road_layer(base, scenario.roads, progress);
  std::vector<map::MapScene> scenes;
  for (const auto& route : plan.routes) {
    map::MapScene scene;
    scene.title = "配送ルート " + route.vehicle_name;
    scene.date = plan.date.empty() ? std::string() : japanese_date(plan.date);
    scene.credits = base.credits;
    scene.closed_areas = base.closed_areas;
    map::MapScene::Route path{route.vehicle_name, route.geometry, {}};
    for (const auto& stop : route.stops) path.stops.push_back(stop.position);
    scene.routes.push_back(std::move(path));
    scene.markers.push_back({map::MapScene::Marker::Kind::kDepot, route.start_depot_name, route.start_position});
    scene.roads = base.roads;
    keep_roads_in_view(scene);
    mark_closed_roads(scene);
    scenes.push_back(std::move(scene));
  }
  return scenes;
}

}  // namespace bosai::services
