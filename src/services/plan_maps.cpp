#include "services/plan_maps.h"

#include "core/calendar_date.h"
#include "services/map_layers.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bosai::services {
namespace {

GeoPoint position(const nlohmann::json& c) { return {c.at(1).get<double>(), c.at(0).get<double>()}; }

// The lines and end points of a stored route. Stored routes were checked when saved (people::checked_route_geojson),
// so anything unexpected here is skipped rather than refused: the sheet still prints, without that part.
struct StoredRoute {
  std::vector<std::vector<GeoPoint>> lines;
  std::optional<GeoPoint> to;
  std::string shelter_id;
};

void read_geometry(const nlohmann::json& g, StoredRoute& out) {
  const std::string type = g.value("type", "");
  if (type == "LineString") {
    std::vector<GeoPoint> line;
    for (const auto& c : g.at("coordinates")) line.push_back(position(c));
    out.lines.push_back(std::move(line));
  } else if (type == "MultiLineString") {
    for (const auto& part : g.at("coordinates")) read_geometry({{"type", "LineString"}, {"coordinates", part}}, out);
  }
}

StoredRoute read_route(const std::string& geojson) {
  StoredRoute out;
  const auto root = nlohmann::json::parse(geojson, nullptr, false);
  if (!root.is_object()) return out;
  try {
    const auto features = root.value("type", "") == "FeatureCollection" ? root.at("features")
                                                                          : nlohmann::json::array({root});
    for (const auto& f : features) {
      const auto& g = f.contains("geometry") ? f.at("geometry") : f;
      const auto props = f.value("properties", nlohmann::json::object());
      if (props.is_object() && props.contains("shelter_id")) out.shelter_id = props.value("shelter_id", "");
      if (g.value("type", "") == "Point" && props.is_object() && props.value("role", "") == "to") {
        out.to = position(g.at("coordinates"));
      }
      read_geometry(g, out);
    }
  } catch (const nlohmann::json::exception&) {
    return {};
  }
  return out;
}

// One reading of the road file for all of a person's route maps (a plan per hazard), over what they frame
// together, then each keeps the roads it shows.
void add_roads_once(std::vector<std::optional<map::MapScene>>& scenes, const std::filesystem::path& roads,
                    Progress& progress) {
  map::MapScene all;
  for (const auto& scene : scenes) {
    if (!scene) continue;
    all.routes.insert(all.routes.end(), scene->routes.begin(), scene->routes.end());
    all.markers.insert(all.markers.end(), scene->markers.begin(), scene->markers.end());
  }
  if (all.routes.empty()) return;
  add_road_layer(all, roads, progress);
  for (auto& scene : scenes) {
    if (!scene) continue;
    scene->roads = all.roads;
    keep_roads_in_view(*scene);
    scene->credits.insert(scene->credits.end(), all.credits.begin(), all.credits.end());
  }
}

}  // namespace

std::vector<std::optional<map::MapScene>> plan_route_maps(store::Store& store, const Person& person,
                                                          const std::vector<EvacuationPlan>& plans,
                                                          const std::optional<std::filesystem::path>& roads,
                                                          Progress& progress) {
  const auto ward = store.wards().load();
  const auto shelters = store.shelters().list();
  std::vector<std::optional<map::MapScene>> out;
  for (const auto& plan : plans) {
    const StoredRoute route = read_route(plan.route_geojson);
    if (route.lines.empty()) {
      out.emplace_back();
      continue;
    }
    map::MapScene scene;
    scene.title = std::string("避難経路（") + plan_hazard_label(plan.hazard) + "）";
    scene.date = japanese_date(today_local()) + "作成";
    scene.districts = map_districts(ward);  // as context: the map frames the route, not a whole 地区
    for (const auto& line : route.lines) scene.routes.push_back({scene.title, line, {}});
    if (person.details.home) scene.markers.push_back({map::MapScene::Marker::Kind::kHome, "自宅", *person.details.home});
    const auto shelter = std::find_if(shelters.begin(), shelters.end(), [&](const Shelter& s) {
      return s.id == route.shelter_id || (route.shelter_id.empty() && s.name == plan.destination.name);
    });
    if (shelter != shelters.end()) {
      scene.sites.push_back({shelter->id, 1, shelter->name, shelter->kind, shelter->position, shelter->address});
      scene.credits.push_back(shelter_credit({*shelter}));
    } else if (route.to) {
      scene.markers.push_back({map::MapScene::Marker::Kind::kDestination, plan.destination.name, *route.to});
    }
    out.push_back(std::move(scene));
  }
  if (roads) add_roads_once(out, *roads, progress);
  return out;
}

}  // namespace bosai::services
