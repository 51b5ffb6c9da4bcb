#pragma once
#include "core/geo_point.h"

#include <span>
#include <string>
#include <vector>

namespace bosai {

// A region on the map: a 地区 boundary, a fire or flood zone, the area staff draw for a storm round. The one
// polygon type of the product: parsed once (geo/area_geojson.h for GeoJSON text, geo/area_file.h for any GDAL
// vector file) or built in code, then asked what lies inside.
//
// Tests are planar on degrees. Within a ward a degree of longitude is a near-constant multiple of a degree of
// latitude, so containment and crossing come out as they would on a metric plane, without a projection.
class Area {
 public:
  using Ring = std::vector<GeoPoint>;  // closed: the last position repeats the first
  struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
  };
  struct Bounds {
    double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
    bool contains(const GeoPoint& p) const;
    bool overlaps(const Bounds& other) const;
    void extend(const GeoPoint& p);
    void extend(const Bounds& other);  // an empty `other` changes nothing
    bool empty() const { return min_lat > max_lat; }
    static Bounds of(std::span<const GeoPoint> points);  // empty for no points
  };

  Area() = default;
  explicit Area(std::string name) : name_(std::move(name)) {}

  // What people call it ("延焼区域 3丁目", a file name, a 地区 code): closures and map labels use it.
  const std::string& name() const { return name_; }
  void set_name(std::string name) { name_ = std::move(name); }

  // std::invalid_argument when a ring has fewer than 4 positions: parsers report bad input before this.
  void add_polygon(Ring outer, std::vector<Ring> holes = {});
  // Every polygon of `other` joins this area.
  void merge(const Area& other);

  const std::vector<Polygon>& polygons() const { return polygons_; }
  bool empty() const { return polygons_.empty(); }
  const Bounds& bounds() const { return bounds_; }

  // Inside a polygon and outside its holes; a point on an edge may fall either way.
  bool contains(const GeoPoint& p) const;
  // Whether a polyline (a road as drawn) enters the area: a position inside it, or a segment crossing an edge.
  bool touches(std::span<const GeoPoint> line) const;

 private:
  std::string name_;
  std::vector<Polygon> polygons_;
  std::vector<Bounds> polygon_bounds_;
  Bounds bounds_;
};

}  // namespace bosai
