#pragma once
#include "core/area.h"
#include "core/district.h"
#include "core/geo_point.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::geo {

// Places a point in its 地区 by the district boundaries (GeoJSON Polygon / MultiPolygon, holes respected), and
// resolves a 地区 written in a file by code or name. Each boundary is an Area with its bounds, so 28 polygons ×
// 200k points stays fast.
class DistrictLocator {
 public:
  // InputError when a stored boundary is not a GeoJSON (Multi)Polygon.
  explicit DistrictLocator(const std::vector<District>& districts);

  bool has_boundaries() const { return !shapes_.empty(); }
  // The code of the 地区 whose boundary holds `p`, or nullopt.
  std::optional<std::string> locate(const GeoPoint& p) const;
  // The code of a 地区 named by its code, Japanese name or English name.
  std::optional<std::string> resolve(const std::string& code_or_name) const;

 private:
  std::vector<District> districts_;
  std::vector<Area> shapes_;  // named by 地区 code
};

}  // namespace bosai::geo
