#pragma once
#include "geo/source_table.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::geo {

// Reads the first layer of a GIS file (GeoJSON, GeoPackage, anything OGR opens) as named text columns plus each
// feature's point in WGS84 (transformed when the layer says it is in another CRS). A feature without a point
// geometry, or a file OGR cannot open, is an InputError naming the feature.
SourceTable read_point_layer(const std::filesystem::path& file);

// Writes points with text columns through the OGR driver named `driver` ("GeoJSON", "GPKG") in WGS84, to a
// temporary file renamed into place, so a failed export never leaves half a file under `file`.
struct PointFeature {
  GeoPoint position;
  std::vector<std::string> values;  // one per column; empty = null
};
void write_point_layer(const std::filesystem::path& file, const std::string& driver, const std::string& layer,
                       const std::vector<std::string>& columns, const std::vector<PointFeature>& features);

}  // namespace bosai::geo
