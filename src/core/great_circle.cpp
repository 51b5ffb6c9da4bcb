#include "core/great_circle.h"

#include <algorithm>
#include <cmath>

namespace bosai {

double great_circle_m(const GeoPoint& a, const GeoPoint& b) {
  constexpr double kEarthRadiusM = 6371008.8;
  constexpr double kRad = 3.14159265358979323846 / 180;
  const double dlat = (b.lat - a.lat) * kRad;
  const double dlon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace bosai
