#include "routing/assignment/straight_line_candidates.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bosai::routing::assignment {
namespace {

constexpr double kEarthRadiusM = 6'371'008.8;  // mean radius (IUGG)

double radians(double degrees) { return degrees * std::numbers::pi / 180; }

double haversine_m(const GeoPoint& a, const GeoPoint& b) {
  const double dlat = radians(b.lat - a.lat);
  const double dlon = radians(b.lon - a.lon);
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace

std::vector<Candidate> straight_line_candidates(const std::vector<PopulationUnit>& units,
                                                const std::vector<ShelterSlot>& shelters, double max_walk_m,
                                                double detour_factor) {
  std::vector<Candidate> out;
  for (int u = 0; u < static_cast<int>(units.size()); ++u) {
    for (int s = 0; s < static_cast<int>(shelters.size()); ++s) {
      const double d = haversine_m(units[u].position, shelters[s].position) * detour_factor;
      if (d <= max_walk_m) out.push_back({u, s, d});
    }
  }
  return out;
}

}  // namespace bosai::routing::assignment
