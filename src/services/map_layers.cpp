#include "services/map_layers.h"

#include "core/shelter_lifecycle.h"
#include "geo/area_file.h"
#include "geo/area_geojson.h"
#include "geo/line_layer_reader.h"
#include "routing/way_access.h"

#include <algorithm>
#include <array>
#include <utility>

namespace bosai::services {
namespace {

// OSM data read by GDAL's OSM driver, or exported by OSMnx / osmium / QuickOSM, which keep the way id.
bool is_osm(const geo::LineLayerReader& reader) {
  static constexpr std::array<const char*, 4> kOsmFields = {"osmid", "osm_id", "@id", "other_tags"};
  return reader.driver() == "OSM" ||
         std::any_of(kOsmFields.begin(), kOsmFields.end(), [&](const char* f) { return reader.has_field(f); });
}

// What a map may show of its roads: its extent and as much again on every side, since a page whose shape
// differs from the extent's shows more than the extent (a tall page over a wide route).
Area::Bounds road_window(const map::MapScene& scene) {
  Area::Bounds b = map::scene_extent(scene);
  const double lat = b.max_lat - b.min_lat, lon = b.max_lon - b.min_lon;
  b.min_lat -= lat;
  b.max_lat += lat;
  b.min_lon -= lon;
  b.max_lon += lon;
  return b;
}

}  // namespace

std::vector<map::MapScene::District> map_districts(const WardStructure& ward, const std::string& focus) {
  std::vector<map::MapScene::District> out;
  for (const auto& d : ward.districts) {
    if (d.boundary.empty()) continue;
    map::MapScene::District district;
    district.code = d.code;
    district.name = d.name;
    district.boundary = geo::parse_area_geojson(d.boundary, "地区 " + d.code, "boundary");
    district.focus = d.code == focus;
    out.push_back(std::move(district));
  }
  return out;
}

std::vector<map::MapScene::Site> map_sites(const std::vector<Shelter>& shelters, const std::string& date) {
  std::vector<map::MapScene::Site> out;
  for (const auto& s : shelters) {
    if (!in_effect(s, date)) continue;
    out.push_back({s.id, static_cast<int>(out.size()) + 1, s.name, s.kind, s.position, s.address});
  }
  return out;
}

std::string shelter_credit(const std::vector<Shelter>& shelters) {
  const bool sample = !shelters.empty() && std::all_of(shelters.begin(), shelters.end(), [](const Shelter& s) {
    return s.remarks.find("見本データ") != std::string::npos;
  });
  if (sample) return "避難所: 見本データ（架空）";
  const bool gsi = std::any_of(shelters.begin(), shelters.end(), [](const Shelter& s) {
    return s.id.size() == 14 && s.id[0] == 'E';  // a GSI 共通ID (the sample's are X…)
  });
  return gsi ? "避難所: 国土地理院「指定緊急避難場所データ・指定避難所データ」を加工して作成" : "避難所: 区の避難所登録";
}

void add_road_layer(map::MapScene& scene, const std::filesystem::path& file, Progress& progress) {
  const Area::Bounds extent = road_window(scene);
  geo::LineLayerReader reader(file);
  reader.for_each(
      [&](const geo::LineFeature& f) {
        const std::string* highway = f.tag("highway");
        if (!highway) return;
        const auto classes = routing::highway_classes(*highway);
        if (classes.empty()) return;
        const auto road_class = map::road_class_of(classes.front());
        for (const auto& part : f.parts) {
          if (part.size() >= 2 && extent.overlaps(Area::Bounds::of(part))) scene.roads.push_back({road_class, part});
        }
      },
      progress, "reading roads");
  scene.credits.push_back(is_osm(reader) ? "道路: © OpenStreetMap contributors (ODbL)"
                                         : "道路: " + file.filename().string());
}

void keep_roads_in_view(map::MapScene& scene) {
  const Area::Bounds extent = road_window(scene);
  std::erase_if(scene.roads, [&](const map::MapScene::Road& r) { return !extent.overlaps(Area::Bounds::of(r.line)); });
}

void mark_closed_roads(map::MapScene& scene) {
  for (const auto& road : scene.roads) {
    if (std::any_of(scene.closed_areas.begin(), scene.closed_areas.end(),
                    [&](const Area& a) { return a.touches(road.line); })) {
      scene.closed_roads.push_back(road.line);
    }
  }
}

void add_hazard_layers(map::MapScene& scene, const std::vector<std::filesystem::path>& files) {
  static constexpr std::array<std::pair<const char*, const char*>, 3> kKsj = {{
      {"A31", "国土数値情報（洪水浸水想定区域データ）国土交通省"},
      {"A33", "国土数値情報（土砂災害警戒区域データ）国土交通省"},
      {"A40", "国土数値情報（津波浸水想定データ）国土交通省"},
  }};
  for (const auto& file : files) {
    Area area = geo::read_area(file);
    area.set_name(file.stem().string());
    scene.hazards.push_back(std::move(area));
    std::string credit = "ハザード: " + file.filename().string();
    for (const auto& [code, name] : kKsj) {
      if (file.filename().string().rfind(code, 0) == 0) credit = std::string("ハザード: ") + name;
    }
    if (std::find(scene.credits.begin(), scene.credits.end(), credit) == scene.credits.end()) {
      scene.credits.push_back(credit);
    }
  }
}

}  // namespace bosai::services
