#include "geo/ogr_points.h"

#include "core/error.h"
#include "geo/csv_reader.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace bosai::geo {
namespace {

struct DatasetCloser {
  void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

OGRSpatialReference wgs84() {
  OGRSpatialReference srs;
  srs.SetWellKnownGeogCS("WGS84");
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // x = longitude, y = latitude
  return srs;
}

}  // namespace

SourceTable read_point_layer(const std::filesystem::path& file) {
  GDALAllRegister();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  DatasetPtr ds(static_cast<GDALDataset*>(
      GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  CPLPopErrorHandler();
  if (!ds) {
    throw InputError(file.string(), 0, "cannot be read as GeoJSON or GeoPackage: " + std::string(CPLGetLastErrorMsg()));
  }
  if (ds->GetLayerCount() < 1) throw InputError(file.string(), 0, "has no layer");
  OGRLayer* layer = ds->GetLayer(0);
  SourceTable table;
  table.file = file.string();
  table.header_line = 0;
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) table.columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());

  std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
  if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
    auto target = wgs84();
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!source.IsSame(&target)) to_wgs84.reset(OGRCreateCoordinateTransformation(&source, &target));
  }

  layer->ResetReading();
  long index = 0;
  for (auto& feature : *layer) {
    ++index;
    SourceRecord record;
    record.line = index;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      std::string value = feature->IsFieldSetAndNotNull(i) ? feature->GetFieldAsString(i) : "";
      if (find_invalid_utf8(value) != std::string::npos) {
        throw InputError(table.file, index, table.columns[static_cast<std::size_t>(i)], "not valid UTF-8");
      }
      record.values.push_back(std::move(value));
    }
    const OGRGeometry* g = feature->GetGeometryRef();
    if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint || g->IsEmpty()) {
      throw InputError(table.file, index, "geometry", "feature is not a point");
    }
    double x = g->toPoint()->getX();
    double y = g->toPoint()->getY();
    if (to_wgs84 && !to_wgs84->Transform(1, &x, &y)) {
      throw InputError(table.file, index, "geometry", "cannot be transformed to WGS84");
    }
    record.geometry = GeoPoint{y, x};
    table.records.push_back(std::move(record));
  }
  return table;
}

void write_point_layer(const std::filesystem::path& file, const std::string& driver_name, const std::string& layer_name,
                       const std::vector<std::string>& columns, const std::vector<PointFeature>& features) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
  if (!driver) throw std::runtime_error("GDAL has no " + driver_name + " driver");
  // The temporary keeps the real extension: OGR drivers look at it.
  const auto tmp = file.parent_path() / (".tmp-" + file.filename().string());
  std::filesystem::remove(tmp);
  {
    DatasetPtr ds(driver->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw std::runtime_error(file.string() + ": cannot create: " + CPLGetLastErrorMsg());
    auto srs = wgs84();
    char** options = nullptr;
    if (driver_name == "GeoJSON") options = CSLSetNameValue(options, "RFC7946", "NO");
    OGRLayer* layer = ds->CreateLayer(layer_name.c_str(), &srs, wkbPoint, options);
    CSLDestroy(options);
    if (!layer) throw std::runtime_error(file.string() + ": cannot create layer: " + CPLGetLastErrorMsg());
    for (const auto& c : columns) {
      OGRFieldDefn field(c.c_str(), OFTString);
      if (layer->CreateField(&field) != OGRERR_NONE) throw std::runtime_error(file.string() + ": cannot add " + c);
    }
    if (layer->StartTransaction() != OGRERR_NONE) throw std::runtime_error(file.string() + ": cannot write");
    for (const auto& f : features) {
      OGRFeature feature(layer->GetLayerDefn());
      for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!f.values[i].empty()) feature.SetField(static_cast<int>(i), f.values[i].c_str());
      }
      OGRPoint point(f.position.lon, f.position.lat);
      feature.SetGeometry(&point);
      if (layer->CreateFeature(&feature) != OGRERR_NONE) {
        throw std::runtime_error(file.string() + ": cannot write a feature: " + CPLGetLastErrorMsg());
      }
    }
    if (layer->CommitTransaction() != OGRERR_NONE) throw std::runtime_error(file.string() + ": cannot write");
  }
  std::filesystem::rename(tmp, file);
}

}  // namespace bosai::geo
