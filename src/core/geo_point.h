#pragma once

namespace bosai {

// A WGS84 position in decimal degrees (what GSI and the Digital Agency publish).
struct GeoPoint {
  double lat = 0;
  double lon = 0;
};

bool is_valid_wgs84(const GeoPoint& p);

}  // namespace bosai
