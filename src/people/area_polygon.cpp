#include "people/area_polygon.h"

#include "core/error.h"
#include "core/ring_contains.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace bosai::people {
namespace {

using Ring = std::vector<GeoPoint>;

}  // namespace

AreaPolygon AreaPolygon::parse(const std::string& geojson, const std::string& file) {
  AreaPolygon area;
  auto fail = [&file](const std::string& message) -> InputError { return InputError(file, 0, "area", message); };
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(geojson);
  } catch (const nlohmann::json::parse_error& e) {
    throw fail(std::string("not JSON: ") + e.what());
  }
  auto polygon = [&](const nlohmann::json& coordinates) {
    std::vector<Ring> rings;
    for (const auto& ring : coordinates) {
      Ring r;
      for (const auto& pos : ring) {
        if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number()) {
          throw fail("a position must be [longitude, latitude]");
        }
        r.push_back(GeoPoint{pos[1].get<double>(), pos[0].get<double>()});
      }
      if (r.size() < 4) throw fail("a polygon ring needs at least 4 positions");
      rings.push_back(std::move(r));
    }
    if (rings.empty()) throw fail("a polygon needs an outer ring");
    area.polygons_.push_back(std::move(rings));
  };
  std::function<void(const nlohmann::json&)> visit = [&](const nlohmann::json& j) {
    const std::string type = j.is_object() ? j.value("type", "") : "";
    if (type == "FeatureCollection") {
      for (const auto& f : j.at("features")) visit(f);
    } else if (type == "Feature") {
      visit(j.at("geometry"));
    } else if (type == "Polygon") {
      polygon(j.at("coordinates"));
    } else if (type == "MultiPolygon") {
      for (const auto& c : j.at("coordinates")) polygon(c);
    } else {
      throw fail("expected a GeoJSON Polygon or MultiPolygon (or Features of them), found '" + type + "'");
    }
  };
  try {
    visit(root);
  } catch (const nlohmann::json::exception& e) {
    throw fail(std::string("malformed GeoJSON: ") + e.what());
  }
  if (area.polygons_.empty()) throw fail("no polygon in the file");
  return area;
}

bool AreaPolygon::contains(const GeoPoint& p) const {
  for (const auto& rings : polygons_) {
    if (polygon_contains(rings, p)) return true;
  }
  return false;
}

}  // namespace bosai::people
