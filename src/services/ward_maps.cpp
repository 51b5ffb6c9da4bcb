#include "services/ward_maps.h"

#include "core/calendar_date.h"
#include "core/error.h"
#include "services/map_layers.h"
#include "services/ward_lookup.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <algorithm>
#include <unordered_map>

namespace bosai::services {
namespace {

map::MapScene base_scene(const WardStructure& ward, const std::vector<Shelter>& shelters,
                         const WardMapRequest& request) {
  map::MapScene scene;
  scene.date = japanese_date(request.date) + "現在";
  scene.districts = map_districts(ward);
  scene.sites = map_sites(shelters, request.date);
  scene.credits.push_back(shelter_credit(shelters));
  if (!scene.districts.empty()) scene.credits.push_back("地区境界: " + ward.ward.name + "の登録データ");
  add_hazard_layers(scene, request.hazards);
  return scene;
}

// The base map's roads, read once over the whole ward, then handed to each 地区's map.
void add_roads(map::MapScene& scene, const WardMapRequest& request, Progress& progress) {
  if (request.roads) add_road_layer(scene, *request.roads, progress);
}

}  // namespace

map::MapScene ward_map_scene(store::Store& store, const WardMapRequest& request, Progress& progress) {
  const auto ward = store.wards().load();
  map::MapScene scene = base_scene(ward, store.shelters().list(), request);
  scene.title = ward.ward.name + " 避難所の位置";
  scene.style.label_sites = false;
  add_roads(scene, request, progress);
  return scene;
}

std::vector<map::MapScene> district_map_scenes(store::Store& store, const WardMapRequest& request,
                                               Progress& progress) {
  const auto ward = store.wards().load();
  const auto shelters = store.shelters().list();
  std::vector<District> wanted;
  for (const auto& name : request.districts) wanted.push_back(find_district(ward, name));
  if (wanted.empty()) {
    std::copy_if(ward.districts.begin(), ward.districts.end(), std::back_inserter(wanted),
                 [](const District& d) { return !d.boundary.empty(); });
  }
  if (wanted.empty()) {
    throw InputError("", 0, "district", "no 地区 of " + ward.ward.name + " has a boundary: load them with 'init --boundaries'");
  }
  map::MapScene whole = base_scene(ward, shelters, request);
  add_roads(whole, request, progress);
  std::unordered_map<std::string, std::string> district_of;  // shelter id → 地区 code
  for (const auto& s : shelters) district_of.emplace(s.id, s.district_code);
  std::vector<map::MapScene> scenes;
  for (const auto& d : wanted) {
    if (d.boundary.empty()) {
      throw InputError("", 0, "district", "地区 " + d.name + " (" + d.code + ") has no boundary to draw");
    }
    map::MapScene scene = whole;
    scene.title = ward.ward.name + " " + d.name + "地区 防災地図";
    for (auto& district : scene.districts) district.focus = district.code == d.code;
    // Its own shelters first, so the legend table starts with them; numbers follow that order.
    std::stable_partition(scene.sites.begin(), scene.sites.end(),
                          [&](const map::MapScene::Site& s) { return district_of[s.id] == d.code; });
    for (std::size_t i = 0; i < scene.sites.size(); ++i) scene.sites[i].number = static_cast<int>(i) + 1;
    keep_roads_in_view(scene);
    scenes.push_back(std::move(scene));
  }
  return scenes;
}

}  // namespace bosai::services
