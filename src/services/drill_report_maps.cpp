#include "services/drill_report_maps.h"

#include "core/calendar_date.h"
#include "services/map_layers.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <algorithm>

namespace bosai::services {
namespace {

// The supply plan in effect just before `minute` (before), or once everything at `minute` was re-planned.
const DrillReport::Supply* supply_at(const DrillReport& r, int minute, bool before) {
  const DrillReport::Supply* in_effect = nullptr;
  for (const auto& s : r.supplies) {
    if (s.minute < minute || (!before && s.minute == minute) || &s == &r.supplies.front()) in_effect = &s;
  }
  return in_effect;
}

map::MapScene scene_of(const map::MapScene& base, const DrillReport::Assignment& a,
                       const DrillReport::Supply* supply, const std::string& title) {
  map::MapScene scene = base;
  scene.title = title;
  scene.closed_areas = a.closed_areas;
  int number = 0;
  for (auto& site : scene.sites) {
    site.number = ++number;
    if (a.unusable.contains(site.id)) {
      site.name += "（使用不可）";
    } else {
      const auto it = a.loads.find(site.id);
      site.name += " " + std::to_string(it == a.loads.end() ? 0 : it->second) + "人" + (a.full.contains(site.id) ? "（満員）" : "");
    }
  }
  if (supply) {
    for (const auto& route : supply->plan.routes) {
      map::MapScene::Route path{route.vehicle_name, route.geometry, {}};
      for (const auto& stop : route.stops) path.stops.push_back(stop.position);
      scene.routes.push_back(std::move(path));
      // A truck caught mid-round starts from where it is (現在地), which its line shows; only depots get a star.
      if (route.start_depot == supply::kCurrentPosition) continue;
      const bool depot_drawn = std::any_of(scene.markers.begin(), scene.markers.end(), [&](const auto& m) {
        return m.label == route.start_depot_name;
      });
      if (!depot_drawn) scene.markers.push_back({map::MapScene::Marker::Kind::kDepot, route.start_depot_name, route.start_position});
    }
  }
  keep_roads_in_view(scene);
  mark_closed_roads(scene);
  return scene;
}

std::string list(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "・") + id;
  return out;
}

}  // namespace

std::vector<DrillChangeMaps> drill_change_maps(store::Store& store, const DrillReport& r, Progress& progress) {
  std::vector<DrillChangeMaps> out;
  if (r.assignments.size() < 2) return out;
  const auto ward = store.wards().load();
  const auto shelters = store.shelters().list();
  map::MapScene base;
  base.date = japanese_date(r.start_day);
  base.districts = map_districts(ward);
  for (auto& d : base.districts) {
    d.focus = std::find(r.district_codes.begin(), r.district_codes.end(), d.code) != r.district_codes.end();
  }
  std::vector<Shelter> open;
  for (const auto& id : r.open_shelter_ids) {
    for (const auto& sh : shelters) {
      if (sh.id == id) open.push_back(sh);
    }
  }
  base.sites = map_sites(open, r.start_day);
  base.credits.push_back(shelter_credit(open));
  if (!base.districts.empty()) base.credits.push_back("地区境界: " + ward.ward.name + "の登録データ");
  if (r.roads) add_road_layer(base, *r.roads, progress);
  for (std::size_t i = 1; i < r.assignments.size(); ++i) {
    const auto& a = r.assignments[i];
    const std::string cause = list(a.after);
    out.push_back({i,
                   scene_of(base, r.assignments[i - 1], supply_at(r, a.minute, true), r.clock(a.minute) + " " + cause + " の前"),
                   scene_of(base, a, supply_at(r, a.minute, false), r.clock(a.minute) + " " + cause + " の後")});
  }
  return out;
}

}  // namespace bosai::services
