#include "core/ring_contains.h"

namespace bosai {

bool ring_contains(const std::vector<GeoPoint>& ring, const GeoPoint& p) {
  bool inside = false;
  if (ring.empty()) return inside;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const auto& a = ring[i];
    const auto& b = ring[j];
    if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon) {
      inside = !inside;
    }
  }
  return inside;
}

bool polygon_contains(const std::vector<std::vector<GeoPoint>>& rings, const GeoPoint& p) {
  if (rings.empty() || !ring_contains(rings.front(), p)) return false;
  for (std::size_t h = 1; h < rings.size(); ++h) {
    if (ring_contains(rings[h], p)) return false;
  }
  return true;
}

}  // namespace bosai
