#include "geo/district_locator.h"

#include "core/error.h"
#include "core/ring_contains.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bosai::geo {

DistrictLocator::DistrictLocator(const std::vector<District>& districts) : districts_(districts) {
  for (const auto& d : districts) {
    if (d.boundary.empty()) continue;
    Shape shape{d.code, {}, 90, -90, 180, -180};
    try {
      auto geometry = nlohmann::json::parse(d.boundary);
      if (geometry.contains("geometry")) geometry = geometry["geometry"];  // a Feature is accepted too
      const std::string type = geometry.at("type").get<std::string>();
      std::vector<nlohmann::json> polygons;
      if (type == "Polygon") {
        polygons.push_back(geometry.at("coordinates"));
      } else if (type == "MultiPolygon") {
        for (const auto& p : geometry.at("coordinates")) polygons.push_back(p);
      } else {
        throw InputError("district " + d.code, 0, "boundary", "must be a Polygon or MultiPolygon, not " + type);
      }
      for (const auto& poly : polygons) {
        Polygon out;
        for (const auto& ring : poly) {
          Ring r;
          for (const auto& c : ring) {
            GeoPoint pt{c.at(1).get<double>(), c.at(0).get<double>()};
            shape.min_lat = std::min(shape.min_lat, pt.lat);
            shape.max_lat = std::max(shape.max_lat, pt.lat);
            shape.min_lon = std::min(shape.min_lon, pt.lon);
            shape.max_lon = std::max(shape.max_lon, pt.lon);
            r.push_back(pt);
          }
          if (r.size() < 4) throw InputError("district " + d.code, 0, "boundary", "a ring needs at least 4 positions");
          out.rings.push_back(std::move(r));
        }
        if (!out.rings.empty()) shape.polygons.push_back(std::move(out));
      }
    } catch (const nlohmann::json::exception& e) {
      throw InputError("district " + d.code, 0, "boundary", std::string("not GeoJSON: ") + e.what());
    }
    shapes_.push_back(std::move(shape));
  }
}

std::optional<std::string> DistrictLocator::locate(const GeoPoint& p) const {
  for (const auto& s : shapes_) {
    if (p.lat < s.min_lat || p.lat > s.max_lat || p.lon < s.min_lon || p.lon > s.max_lon) continue;
    for (const auto& poly : s.polygons) {
      if (!ring_contains(poly.rings.front(), p)) continue;
      const bool in_hole = std::any_of(poly.rings.begin() + 1, poly.rings.end(),
                                       [&](const Ring& hole) { return ring_contains(hole, p); });
      if (!in_hole) return s.code;
    }
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
