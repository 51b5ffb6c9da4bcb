#include "core/area.h"

#include <algorithm>
#include <stdexcept>

namespace bosai {
namespace {

// Even-odd rule on a closed ring.
bool ring_contains(const Area::Ring& ring, const GeoPoint& p) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const auto& a = ring[i];
    const auto& b = ring[j];
    if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon) {
      inside = !inside;
    }
  }
  return inside;
}

bool polygon_contains(const Area::Polygon& polygon, const GeoPoint& p) {
  if (!ring_contains(polygon.outer, p)) return false;
  return std::none_of(polygon.holes.begin(), polygon.holes.end(),
                      [&](const Area::Ring& hole) { return ring_contains(hole, p); });
}

// Sign of the turn a → b → c: > 0 left, < 0 right, 0 straight.
double turn(const GeoPoint& a, const GeoPoint& b, const GeoPoint& c) {
  return (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon);
}

bool within_box(const GeoPoint& a, const GeoPoint& b, const GeoPoint& p) {
  return std::min(a.lon, b.lon) <= p.lon && p.lon <= std::max(a.lon, b.lon) && std::min(a.lat, b.lat) <= p.lat &&
         p.lat <= std::max(a.lat, b.lat);
}

// Closed segments ab and cd share a point (touching ends and collinear overlaps count).
bool segments_meet(const GeoPoint& a, const GeoPoint& b, const GeoPoint& c, const GeoPoint& d) {
  const double d1 = turn(c, d, a), d2 = turn(c, d, b), d3 = turn(a, b, c), d4 = turn(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 == 0 && within_box(c, d, a)) || (d2 == 0 && within_box(c, d, b)) || (d3 == 0 && within_box(a, b, c)) ||
         (d4 == 0 && within_box(a, b, d));
}

bool crosses_ring(const GeoPoint& a, const GeoPoint& b, const Area::Ring& ring) {
  for (std::size_t i = 1; i < ring.size(); ++i) {
    if (segments_meet(a, b, ring[i - 1], ring[i])) return true;
  }
  return false;
}

}  // namespace

void Area::Bounds::extend(const GeoPoint& p) {
  min_lat = std::min(min_lat, p.lat);
  max_lat = std::max(max_lat, p.lat);
  min_lon = std::min(min_lon, p.lon);
  max_lon = std::max(max_lon, p.lon);
}

void Area::Bounds::extend(const Bounds& other) {
  if (other.empty()) return;
  extend(GeoPoint{other.min_lat, other.min_lon});
  extend(GeoPoint{other.max_lat, other.max_lon});
}

Area::Bounds Area::Bounds::of(std::span<const GeoPoint> points) {
  Bounds b;
  for (const auto& p : points) b.extend(p);
  return b;
}

bool Area::Bounds::contains(const GeoPoint& p) const {
  return p.lat >= min_lat && p.lat <= max_lat && p.lon >= min_lon && p.lon <= max_lon;
}

bool Area::Bounds::overlaps(const Bounds& other) const {
  return other.min_lat <= max_lat && min_lat <= other.max_lat && other.min_lon <= max_lon && min_lon <= other.max_lon;
}

void Area::add_polygon(Ring outer, std::vector<Ring> holes) {
  const auto too_short = [](const Ring& r) { return r.size() < 4; };
  if (too_short(outer) || std::any_of(holes.begin(), holes.end(), too_short)) {
    throw std::invalid_argument("a polygon ring needs at least 4 positions");
  }
  const Bounds box = Bounds::of(outer);
  bounds_.extend(box);
  polygon_bounds_.push_back(box);
  polygons_.push_back({std::move(outer), std::move(holes)});
}

void Area::merge(const Area& other) {
  for (const auto& polygon : other.polygons_) add_polygon(polygon.outer, polygon.holes);
}

bool Area::contains(const GeoPoint& p) const {
  if (!bounds_.contains(p)) return false;
  for (std::size_t i = 0; i < polygons_.size(); ++i) {
    if (polygon_bounds_[i].contains(p) && polygon_contains(polygons_[i], p)) return true;
  }
  return false;
}

bool Area::touches(std::span<const GeoPoint> line) const {
  if (line.empty()) return false;
  const Bounds box = Bounds::of(line);
  if (!bounds_.overlaps(box)) return false;
  for (std::size_t i = 0; i < polygons_.size(); ++i) {
    if (!polygon_bounds_[i].overlaps(box)) continue;
    const Polygon& polygon = polygons_[i];
    if (std::any_of(line.begin(), line.end(), [&](const GeoPoint& p) { return polygon_contains(polygon, p); })) {
      return true;
    }
    for (std::size_t s = 1; s < line.size(); ++s) {
      if (crosses_ring(line[s - 1], line[s], polygon.outer)) return true;
      for (const auto& hole : polygon.holes) {
        if (crosses_ring(line[s - 1], line[s], hole)) return true;
      }
    }
  }
  return false;
}

}  // namespace bosai
