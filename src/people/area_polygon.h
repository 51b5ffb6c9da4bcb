#pragma once
#include "core/geo_point.h"

#include <string>
#include <vector>

namespace bosai::people {

// An affected area drawn by staff (GeoJSON Polygon, MultiPolygon, or a Feature/FeatureCollection of them, in
// WGS84). Holes are honoured; a point on the edge may fall either way, which a call list tolerates.
class AreaPolygon {
 public:
  // InputError naming `file` when the text is not such GeoJSON.
  static AreaPolygon parse(const std::string& geojson, const std::string& file);
  bool contains(const GeoPoint& p) const;

 private:
  using Ring = std::vector<GeoPoint>;
  std::vector<std::vector<Ring>> polygons_;  // each: outer ring then holes
};

}  // namespace bosai::people
