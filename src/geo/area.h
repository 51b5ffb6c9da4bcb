#pragma once
#include "core/geo_point.h"

#include <filesystem>
#include <vector>

namespace bosai::geo {

// An area on the map (fire spread, flooding, a collapsed block) as WGS84 polygons; each polygon is its
// outer ring followed by its holes.
struct Area {
  std::vector<std::vector<std::vector<GeoPoint>>> polygons;
};

// Every Polygon/MultiPolygon of a GeoJSON (or any GDAL vector) file, reprojected to WGS84. A file without
// any polygon is an InputError naming it.
Area read_area(const std::filesystem::path& file);

// Whether `p` lies inside one of the area's polygons and outside that polygon's holes.
bool area_contains(const Area& area, const GeoPoint& p);

}  // namespace bosai::geo
