#include "geo/district_locator.h"

#include "geo/area_geojson.h"

namespace bosai::geo {

DistrictLocator::DistrictLocator(const std::vector<District>& districts) : districts_(districts) {
  for (const auto& d : districts) {
    if (d.boundary.empty()) continue;
    shapes_.push_back(parse_area_geojson(d.boundary, "district " + d.code, "boundary"));
    shapes_.back().set_name(d.code);
  }
}

std::optional<std::string> DistrictLocator::locate(const GeoPoint& p) const {
  for (const auto& shape : shapes_) {
    if (shape.contains(p)) return shape.name();
  }
  return std::nullopt;
}

std::optional<std::string> DistrictLocator::resolve(const std::string& code_or_name) const {
  for (const auto& d : districts_) {
    if (code_or_name == d.code || code_or_name == d.name || (!d.name_en.empty() && code_or_name == d.name_en)) {
      return d.code;
    }
  }
  return std::nullopt;
}

}  // namespace bosai::geo
