#include "geo/area_file.h"

#include "core/error.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <stdexcept>

namespace bosai::geo {
namespace {

Area::Ring ring_points(const OGRLinearRing* ring) {
  Area::Ring points;
  for (int i = 0; ring && i < ring->getNumPoints(); ++i) points.push_back({ring->getY(i), ring->getX(i)});
  return points;
}

void collect(const OGRGeometry* g, Area& area) {
  if (!g) return;
  const auto type = wkbFlatten(g->getGeometryType());
  if (type == wkbPolygon) {
    const auto* polygon = g->toPolygon();
    std::vector<Area::Ring> holes;
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i) holes.push_back(ring_points(polygon->getInteriorRing(i)));
    area.add_polygon(ring_points(polygon->getExteriorRing()), std::move(holes));
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
  Area area(file.filename().string());
  for (auto* layer : dataset->GetLayers()) {
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (const auto* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84)) {
      to_wgs84.reset(OGRCreateCoordinateTransformation(srs, &wgs84));
    }
    long n = 0;
    for (auto& feature : *layer) {
      ++n;
      OGRGeometry* g = feature->GetGeometryRef();
      if (g && to_wgs84) g->transform(to_wgs84.get());
      Area part;
      try {
        collect(g, part);
      } catch (const std::invalid_argument& e) {
        throw InputError(file.string(), 0, "geometry", "feature " + std::to_string(n) + ": " + e.what());
      }
      for (const auto& polygon : part.polygons()) {
        for (const auto& p : polygon.outer) {
          if (!is_valid_wgs84(p)) {
            throw InputError(file.string(), 0, "geometry",
                             "feature " + std::to_string(n) +
                                 " lies outside longitude/latitude: the file has no CRS and is not WGS84");
          }
        }
      }
      area.merge(part);
    }
  }
  if (area.empty()) throw InputError(file.string(), 0, "no Polygon or MultiPolygon in the file");
  return area;
}

}  // namespace bosai::geo
