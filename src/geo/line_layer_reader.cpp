#include "geo/line_layer_reader.h"

#include "core/error.h"
#include "geo/hstore.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace bosai::geo {
namespace {

// GDAL prints its own errors to stderr by default; we report them once, through InputError, instead.
struct QuietGdal {
  QuietGdal() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }
  ~QuietGdal() { CPLPopErrorHandler(); }
};

std::string last_gdal_error(const std::string& fallback) {
  const char* message = CPLGetLastErrorMsg();
  return message && *message ? message : fallback;
}

bool is_line_type(OGRwkbGeometryType type) {
  const auto flat = wkbFlatten(type);
  return flat == wkbLineString || flat == wkbMultiLineString;
}

void collect_parts(const OGRGeometry* geometry, std::vector<std::vector<GeoPoint>>& parts) {
  if (!geometry) return;
  const auto type = wkbFlatten(geometry->getGeometryType());
  if (type == wkbLineString) {
    const auto* line = geometry->toLineString();
    std::vector<GeoPoint> points;
    points.reserve(line->getNumPoints());
    for (int i = 0; i < line->getNumPoints(); ++i) points.push_back({line->getY(i), line->getX(i)});
    parts.push_back(std::move(points));
  } else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
    for (const auto* part : *geometry->toGeometryCollection()) collect_parts(part, parts);
  }
}

void destroy_dataset(GDALDataset* dataset) { GDALClose(dataset); }

}  // namespace

LineLayerReader::LineLayerReader(const std::filesystem::path& file) : file_(file), dataset_(nullptr, destroy_dataset) {
  GDALAllRegister();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw InputError(file.string(), 0, "no such file");
  QuietGdal quiet;
  dataset_.reset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset_) {
    throw InputError(file.string(), 0, "not a readable road file: " + last_gdal_error("unknown format"));
  }
  driver_ = dataset_->GetDriverName();
  layer_ = dataset_->GetLayerByName("lines");
  for (int i = 0; !layer_ && i < dataset_->GetLayerCount(); ++i) {
    if (is_line_type(dataset_->GetLayer(i)->GetGeomType())) layer_ = dataset_->GetLayer(i);
  }
  if (!layer_ && dataset_->GetLayerCount() > 0) layer_ = dataset_->GetLayer(0);  // untyped GeoJSON etc.
  if (!layer_) throw InputError(file.string(), 0, "the file has no layer of lines");
  layer_name_ = layer_->GetName();
}

LineLayerReader::~LineLayerReader() = default;

bool LineLayerReader::has_field(const std::string& name) const {
  return layer_->GetLayerDefn()->GetFieldIndex(name.c_str()) >= 0;
}

void LineLayerReader::for_each(const std::function<void(const LineFeature&)>& on_feature, Progress& progress,
                               std::string_view stage) {
  QuietGdal quiet;
  std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
  if (const OGRSpatialReference* srs = layer_->GetSpatialRef()) {
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!srs->IsSame(&wgs84)) to_wgs84.reset(OGRCreateCoordinateTransformation(srs, &wgs84));
  }
  const OGRFeatureDefn* defn = layer_->GetLayerDefn();
  const int other_tags = defn->GetFieldIndex("other_tags");
  // The OSM driver streams all layers at once; reading through the dataset is its supported way to read one.
  const bool osm = driver_ == "OSM";
  const GIntBig count = osm ? -1 : layer_->GetFeatureCount(FALSE);
  layer_->ResetReading();
  if (osm) dataset_->ResetReading();

  LineFeature feature;
  for (long index = 0;; ++index) {
    std::unique_ptr<OGRFeature> f;
    double pct = 0;
    if (osm) {
      OGRLayer* from = nullptr;
      f.reset(dataset_->GetNextFeature(&from, &pct, nullptr, nullptr));
      while (f && from != layer_) f.reset(dataset_->GetNextFeature(&from, &pct, nullptr, nullptr));
    } else {
      f.reset(layer_->GetNextFeature());
    }
    if (!f) {
      if (CPLGetLastErrorType() >= CE_Failure) throw InputError(file_.string(), 0, last_gdal_error("read error"));
      break;
    }
    feature.index = index;
    feature.parts.clear();
    feature.tags.clear();
    if (OGRGeometry* g = f->GetGeometryRef()) {
      if (to_wgs84 && g->transform(to_wgs84.get()) != OGRERR_NONE) {
        throw InputError(file_.string(), 0, "feature " + std::to_string(index) + ": cannot reproject to WGS84");
      }
      collect_parts(g, feature.parts);
    }
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      if (i == other_tags || !f->IsFieldSetAndNotNull(i)) continue;
      feature.tags.emplace(defn->GetFieldDefn(i)->GetNameRef(), f->GetFieldAsString(i));
    }
    if (other_tags >= 0 && f->IsFieldSetAndNotNull(other_tags)) {
      for (auto& [k, v] : parse_hstore(f->GetFieldAsString(other_tags))) feature.tags.emplace(std::move(k), std::move(v));
    }
    on_feature(feature);
    if ((index & 4095) == 0) {
      progress.throw_if_cancelled();
      if (osm) progress.report(stage, pct);
      else if (count > 0) progress.report(stage, static_cast<double>(index) / static_cast<double>(count));
    }
  }
  progress.report(stage, 1.0);
}

}  // namespace bosai::geo
