#include "geo/ogr_points.h"

#include "core/error.h"
#include "text/text_encoding.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cstdio>
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

// A field as text. OGR guesses types (the GeoJSON driver turns "2027-03-31" into a date and would print it as
// 2027/03/31): dates are written back in ISO form, everything else as OGR prints it.
std::string field_text(OGRFeature& feature, int i) {
  const auto type = feature.GetFieldDefnRef(i)->GetType();
  if (type != OFTDate && type != OFTDateTime) return feature.GetFieldAsString(i);
  int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
  float ss = 0;
  feature.GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
  char text[32];
  if (type == OFTDate) {
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
  } else {
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02.0f", y, m, d, hh, mm, static_cast<double>(ss));
  }
  return text;
}

}  // namespace

SourceTable read_point_layer(const std::filesystem::path& file, const std::vector<long>& feature_lines) {
  GDALAllRegister();
  // GeoJSON: keep date-like text as written (e.g. 12:00 in a note stays 12:00); other drivers ignore the option.
  const char* const open_options[] = {"DATE_AS_STRING=YES", nullptr};
  CPLPushErrorHandler(CPLQuietErrorHandler);
  DatasetPtr ds(static_cast<GDALDataset*>(
      GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, open_options, nullptr)));
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
    record.line = static_cast<std::size_t>(index) <= feature_lines.size()
                      ? feature_lines[static_cast<std::size_t>(index - 1)]
                      : index;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      std::string value = feature->IsFieldSetAndNotNull(i) ? field_text(*feature, i) : "";
      if (text::find_invalid_utf8(value) != std::string::npos) {
        throw InputError(table.file, record.line, table.columns[static_cast<std::size_t>(i)], "not valid UTF-8");
      }
      record.values.push_back(std::move(value));
    }
    const OGRGeometry* g = feature->GetGeometryRef();
    if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint || g->IsEmpty()) {
      throw InputError(table.file, record.line, "geometry", "feature is not a point");
    }
    double x = g->toPoint()->getX();
    double y = g->toPoint()->getY();
    if (to_wgs84 && !to_wgs84->Transform(1, &x, &y)) {
      throw InputError(table.file, record.line, "geometry", "cannot be transformed to WGS84");
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
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);  // failures are thrown with CPLGetLastErrorMsg()
  if (!driver) throw std::runtime_error("GDAL has no " + driver_name + " driver");
  // The temporary keeps the real extension: OGR drivers look at it.
  const auto tmp = file.parent_path() / (".tmp-" + file.filename().string());
  std::error_code ignored;  // an unusable folder is reported by Create below, as an OutputError
  std::filesystem::remove(tmp, ignored);
  try {
    DatasetPtr ds(driver->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw OutputError(file.string(), CPLGetLastErrorMsg());
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
    if (layer->StartTransaction() != OGRERR_NONE) throw OutputError(file.string(), CPLGetLastErrorMsg());
    for (const auto& f : features) {
      OGRFeature feature(layer->GetLayerDefn());
      for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!f.values[i].empty()) feature.SetField(static_cast<int>(i), f.values[i].c_str());
      }
      OGRPoint point(f.position.lon, f.position.lat);
      feature.SetGeometry(&point);
      if (layer->CreateFeature(&feature) != OGRERR_NONE) {
        throw OutputError(file.string(), std::string("a feature: ") + CPLGetLastErrorMsg());
      }
    }
    if (layer->CommitTransaction() != OGRERR_NONE) throw OutputError(file.string(), CPLGetLastErrorMsg());
  } catch (...) {
    std::filesystem::remove(tmp, ignored);
    throw;
  }
  std::filesystem::rename(tmp, file);
}

}  // namespace bosai::geo
