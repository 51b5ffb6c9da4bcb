#include "geo/district_boundaries.h"

#include "core/error.h"
#include "geo/district_locator.h"
#include "plans/toml_fields.h"

#include <nlohmann/json.hpp>

namespace bosai::geo {

void read_district_boundaries(const std::filesystem::path& file, WardStructure& ward) {
  const std::string name = file.string();
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(plans::read_text_file(file));
  } catch (const nlohmann::json::exception& e) {
    throw InputError(name, 0, std::string("not GeoJSON: ") + e.what());
  }
  if (!doc.is_object() || doc.value("type", "") != "FeatureCollection" || !doc["features"].is_array()) {
    throw InputError(name, 0, "must be a GeoJSON FeatureCollection of 地区 polygons");
  }
  const DistrictLocator names(ward.districts);
  long n = 0;
  for (const auto& feature : doc["features"]) {
    ++n;
    const auto& props = feature.value("properties", nlohmann::json::object());
    std::string written;
    for (const char* key : {"code", "地区"}) {
      if (props.contains(key) && props[key].is_string()) written = props[key].get<std::string>();
      if (!written.empty()) break;
    }
    const auto code = names.resolve(written);
    if (!code) throw InputError(name, n, "code", "unknown 地区 \"" + written + "\" (feature " + std::to_string(n) + ")");
    const auto geometry = feature.value("geometry", nlohmann::json());
    const auto type = geometry.is_object() ? geometry.value("type", "") : "";
    if (type != "Polygon" && type != "MultiPolygon") {
      throw InputError(name, n, "geometry", "a 地区 boundary must be a Polygon or MultiPolygon");
    }
    for (auto& d : ward.districts) {
      if (d.code == *code) d.boundary = geometry.dump();
    }
  }
  static_cast<void>(DistrictLocator(ward.districts));  // refuses unusable rings before anything is saved
}

}  // namespace bosai::geo
