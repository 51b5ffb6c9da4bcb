#include "geo/metric_projection.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace bosai::geo {
namespace {

OGRSpatialReference srs_from_epsg(int epsg) {
  OGRSpatialReference srs;
  if (srs.importFromEPSG(epsg) != OGRERR_NONE) {
    throw std::runtime_error("PROJ does not know EPSG:" + std::to_string(epsg) + " (is proj-data installed?)");
  }
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // x = lon / easting, y = lat / northing
  return srs;
}

std::unique_ptr<OGRCoordinateTransformation> transformation(const OGRSpatialReference& from,
                                                            const OGRSpatialReference& to) {
  std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &to));
  if (!t) throw std::runtime_error("cannot build a coordinate transformation (PROJ)");
  return t;
}

}  // namespace

MetricProjection::MetricProjection(int epsg) : epsg_(epsg) {
  const OGRSpatialReference wgs84 = srs_from_epsg(4326);
  const OGRSpatialReference metric = srs_from_epsg(epsg);
  to_metric_ = transformation(wgs84, metric);
  to_wgs84_ = transformation(metric, wgs84);
}

MetricProjection::~MetricProjection() = default;
MetricProjection::MetricProjection(MetricProjection&&) noexcept = default;
MetricProjection& MetricProjection::operator=(MetricProjection&&) noexcept = default;

int MetricProjection::epsg_for(const GeoPoint& c) {
  // Zone IX's area: Tokyo (without the islands), Kanagawa, Saitama, Chiba, Ibaraki, Tochigi, Gunma, Fukushima.
  if (c.lat >= 34.8 && c.lat <= 38.0 && c.lon >= 138.4 && c.lon <= 141.1) return 6677;
  const int zone = std::clamp(static_cast<int>(std::floor((c.lon + 180) / 6)) + 1, 1, 60);
  return (c.lat >= 0 ? 32600 : 32700) + zone;
}

ProjectedPoint MetricProjection::forward(const GeoPoint& p) const {
  double x = p.lon, y = p.lat;
  if (!to_metric_->Transform(1, &x, &y)) throw std::runtime_error("coordinate outside the projection's area");
  return {x, y};
}

GeoPoint MetricProjection::inverse(const ProjectedPoint& p) const {
  double x = p.x, y = p.y;
  if (!to_wgs84_->Transform(1, &x, &y)) throw std::runtime_error("coordinate outside the projection's area");
  return {y, x};
}

std::vector<ProjectedPoint> MetricProjection::forward(const std::vector<GeoPoint>& points) const {
  std::vector<double> xs(points.size()), ys(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    xs[i] = points[i].lon;
    ys[i] = points[i].lat;
  }
  if (!points.empty() && !to_metric_->Transform(static_cast<int>(points.size()), xs.data(), ys.data())) {
    throw std::runtime_error("coordinates outside the projection's area");
  }
  std::vector<ProjectedPoint> out(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) out[i] = {xs[i], ys[i]};
  return out;
}

}  // namespace bosai::geo
