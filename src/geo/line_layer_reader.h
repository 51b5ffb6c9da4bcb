#pragma once
#include "core/progress.h"
#include "geo/line_feature.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

class GDALDataset;
class OGRLayer;

namespace bosai::geo {

// Reads the road lines of any vector file GDAL opens: OSM PBF/XML (`lines` layer), GeoJSON, GeoPackage,
// Shapefile. Picks the `lines` layer when there is one, else the first layer holding lines. Coordinates
// come back in WGS84 whatever the file's CRS. A missing or unreadable file is an InputError naming it.
class LineLayerReader {
 public:
  explicit LineLayerReader(const std::filesystem::path& file);
  ~LineLayerReader();
  LineLayerReader(const LineLayerReader&) = delete;
  LineLayerReader& operator=(const LineLayerReader&) = delete;

  const std::string& driver() const { return driver_; }
  const std::string& layer_name() const { return layer_name_; }
  bool has_field(const std::string& name) const;

  // Every feature of the layer in file order; `progress` hears `stage` with the fraction read so far, and a
  // cancel stops the reading with bosai::Cancelled.
  void for_each(const std::function<void(const LineFeature&)>& on_feature, Progress& progress,
                std::string_view stage);

 private:
  std::filesystem::path file_;
  std::unique_ptr<GDALDataset, void (*)(GDALDataset*)> dataset_;
  OGRLayer* layer_ = nullptr;
  std::string driver_;
  std::string layer_name_;
};

}  // namespace bosai::geo
