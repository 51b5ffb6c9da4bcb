#pragma once
#include "core/geo_point.h"
#include "geo/projected_point.h"

#include <memory>
#include <vector>

class OGRCoordinateTransformation;

namespace bosai::geo {

// WGS84 ↔ a metric plane suited to one area: JGD2011 plane rectangular zone IX (EPSG:6677) for Tokyo and
// its neighbours, the UTM zone of the centroid elsewhere. Distortion stays below 1/10,000 within a city,
// which is what snapping and "is this road inside the fire area" need.
class MetricProjection {
 public:
  explicit MetricProjection(int epsg);
  ~MetricProjection();
  MetricProjection(MetricProjection&&) noexcept;
  MetricProjection& operator=(MetricProjection&&) noexcept;

  static int epsg_for(const GeoPoint& centroid);

  int epsg() const { return epsg_; }
  ProjectedPoint forward(const GeoPoint& p) const;
  GeoPoint inverse(const ProjectedPoint& p) const;
  std::vector<ProjectedPoint> forward(const std::vector<GeoPoint>& points) const;

 private:
  int epsg_;
  std::unique_ptr<OGRCoordinateTransformation> to_metric_;
  std::unique_ptr<OGRCoordinateTransformation> to_wgs84_;
};

}  // namespace bosai::geo
