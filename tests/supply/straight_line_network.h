#pragma once
// A TravelNetwork for tests: straight lines at a fixed speed, with points that can be cut off from the road
// network (as a closed bridge would) to exercise the foot fleet and unreachable shelters.
#include "supply/travel_network.h"

#include <cmath>
#include <vector>

namespace bosai::supply::test {

class StraightLineNetwork : public TravelNetwork {
 public:
  double road_kmh = 30;
  std::vector<GeoPoint> road_blocked;  // unreachable by road (still reachable on foot)
  std::vector<GeoPoint> all_blocked;   // unreachable by anything

  static double metres(const GeoPoint& a, const GeoPoint& b) {
    const double k = 3.141592653589793 / 180;
    const double x = (b.lon - a.lon) * k * std::cos((a.lat + b.lat) / 2 * k);
    const double y = (b.lat - a.lat) * k;
    return 6371000 * std::sqrt(x * x + y * y);
  }

  TravelMatrix matrix(const std::vector<GeoPoint>& points, Mobility mobility, double speed_kmh, Progress&) override {
    TravelMatrix m;
    m.size = points.size();
    m.seconds.assign(m.size * m.size, 0);
    m.metres.assign(m.size * m.size, 0);
    const double mps = (speed_kmh > 0 ? speed_kmh : road_kmh) / 3.6;
    for (std::size_t i = 0; i < m.size; ++i) {
      for (std::size_t j = 0; j < m.size; ++j) {
        const bool cut = i != j && (blocked(points[i], mobility) || blocked(points[j], mobility));
        m.metres[i * m.size + j] = cut ? TravelMatrix::kUnreachable : metres(points[i], points[j]);
        m.seconds[i * m.size + j] = cut ? TravelMatrix::kUnreachable : m.metres[i * m.size + j] / mps;
      }
    }
    return m;
  }

  std::vector<GeoPoint> path(const GeoPoint& from, const GeoPoint& to, Mobility, Progress&) override {
    return {from, to};
  }

 private:
  static bool same(const GeoPoint& a, const GeoPoint& b) { return a.lat == b.lat && a.lon == b.lon; }
  bool blocked(const GeoPoint& p, Mobility mobility) const {
    for (const auto& b : all_blocked) {
      if (same(b, p)) return true;
    }
    if (mobility == Mobility::kRoad) {
      for (const auto& b : road_blocked) {
        if (same(b, p)) return true;
      }
    }
    return false;
  }
};

}  // namespace bosai::supply::test
