#include "geo/area.h"

#include "core/error.h"
#include "core/ring_contains.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace bosai::geo {
namespace {

std::vector<GeoPoint> ring_points(const OGRLinearRing* ring) {
  std::vector<GeoPoint> points;
  for (int i = 0; ring && i < ring->getNumPoints(); ++i) points.push_back({ring->getY(i), ring->getX(i)});
  return points;
}

void collect(const OGRGeometry* g, Area& area) {
  if (!g) return;
  const auto type = wkbFlatten(g->getGeometryType());
  if (type == wkbPolygon) {
    const auto* polygon = g->toPolygon();
    std::vector<std::vector<GeoPoint>> rings{ring_points(polygon->getExteriorRing())};
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i) rings.push_back(ring_points(polygon->getInteriorRing(i)));
    area.polygons.push_back(std::move(rings));
  } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
    for (const auto* part : *g->toGeometryCollection()) collect(part, area);
  }
}

}  // namespace

Area read_area(const std::filesystem::path& file) {
  GDALAllRegister();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw InputError(file.string(), 0, "no such file");
  CPLPushErrorHandler(CPLQuietErrorHandler);
  CPLErrorReset();
  std::unique_ptr<GDALDataset, void (*)(GDALDataset*)> dataset(
      GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY), [](GDALDataset* d) { GDALClose(d); });
  const std::string error = CPLGetLastErrorMsg();
  CPLPopErrorHandler();
  if (!dataset) throw InputError(file.string(), 0, "not a readable area file: " + (error.empty() ? "unknown format" : error));

  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  Area area;
  for (auto* layer : dataset->GetLayers()) {
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (const auto* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84)) {
      to_wgs84.reset(OGRCreateCoordinateTransformation(srs, &wgs84));
    }
    for (auto& feature : *layer) {
      OGRGeometry* g = feature->GetGeometryRef();
      if (g && to_wgs84) g->transform(to_wgs84.get());
      collect(g, area);
    }
  }
  if (area.polygons.empty()) throw InputError(file.string(), 0, "no Polygon or MultiPolygon in the file");
  return area;
}

bool area_contains(const Area& area, const GeoPoint& p) {
  for (const auto& rings : area.polygons) {
    if (polygon_contains(rings, p)) return true;
  }
  return false;
}

}  // namespace bosai::geo
