#include "map/map_projection.h"

#include <algorithm>
#include <cmath>

namespace bosai::map {
namespace {
constexpr double kEarthRadiusM = 6371008.8;  // mean radius, as geo/great_circle measures
constexpr double kMetresPerDegree = kEarthRadiusM * M_PI / 180;
}  // namespace

MapProjection::MapProjection(const Area::Bounds& bounds, double left, double top, double width, double height) {
  lat0_ = (bounds.min_lat + bounds.max_lat) / 2;
  lon0_ = (bounds.min_lon + bounds.max_lon) / 2;
  cos_lat0_ = std::cos(lat0_ * M_PI / 180);
  cx_ = left + width / 2;
  cy_ = top + height / 2;
  const double ground_w = std::max((bounds.max_lon - bounds.min_lon) * cos_lat0_ * kMetresPerDegree, 1.0);
  const double ground_h = std::max((bounds.max_lat - bounds.min_lat) * kMetresPerDegree, 1.0);
  metres_per_unit_ = std::max(ground_w / std::max(width, 1e-9), ground_h / std::max(height, 1e-9));
}

PagePoint MapProjection::forward(const GeoPoint& p) const {
  return {cx_ + (p.lon - lon0_) * cos_lat0_ * kMetresPerDegree / metres_per_unit_,
          cy_ - (p.lat - lat0_) * kMetresPerDegree / metres_per_unit_};
}

GeoPoint MapProjection::inverse(const PagePoint& p) const {
  return {lat0_ - (p.y - cy_) * metres_per_unit_ / kMetresPerDegree,
          lon0_ + (p.x - cx_) * metres_per_unit_ / (cos_lat0_ * kMetresPerDegree)};
}

}  // namespace bosai::map
