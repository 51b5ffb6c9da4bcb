#include "geo/area_geojson.h"

#include "core/error.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace bosai::geo {

Area parse_area_geojson(const std::string& text, const std::string& source, const std::string& field) {
  auto fail = [&](const std::string& message) { return InputError(source, 0, field, message); };
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw fail(std::string("not JSON: ") + e.what());
  }
  Area area;
  auto ring_of = [&](const nlohmann::json& positions) {
    Area::Ring ring;
    for (const auto& pos : positions) {
      if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number()) {
        throw fail("a position must be [longitude, latitude]");
      }
      const GeoPoint p{pos[1].get<double>(), pos[0].get<double>()};
      if (!is_valid_wgs84(p)) {
        throw fail("position [" + pos[0].dump() + ", " + pos[1].dump() +
                   "] is not WGS84 longitude/latitude (a projected file? convert it to EPSG:4326)");
      }
      ring.push_back(p);
    }
    if (ring.size() < 4) throw fail("a polygon ring needs at least 4 positions");
    return ring;
  };
  auto polygon = [&](const nlohmann::json& rings) {
    if (!rings.is_array() || rings.empty()) throw fail("a polygon needs an outer ring");
    std::vector<Area::Ring> holes;
    for (std::size_t i = 1; i < rings.size(); ++i) holes.push_back(ring_of(rings[i]));
    area.add_polygon(ring_of(rings[0]), std::move(holes));
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
  if (area.empty()) throw fail("no polygon in it");
  return area;
}

}  // namespace bosai::geo
