#include "core/geo_point.h"

#include <cmath>

namespace bosai {

bool is_valid_wgs84(const GeoPoint& p) {
  return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= -90 && p.lat <= 90 && p.lon >= -180 &&
         p.lon <= 180;
}

}  // namespace bosai
