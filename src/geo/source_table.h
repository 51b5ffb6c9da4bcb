#pragma once
#include "core/geo_point.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::geo {

// A file's records before they become domain objects, whatever the format: named text columns and, for GIS
// formats, the feature's point. `line` is the CSV line where the record starts, or the feature's 1-based
// position in a GeoJSON / GeoPackage layer; error messages name it.
struct SourceRecord {
  long line = 0;
  std::vector<std::string> values;  // one per column
  std::optional<GeoPoint> geometry;
};

struct SourceTable {
  std::string file;
  long header_line = 1;  // 0 for GIS layers (no header line)
  std::vector<std::string> columns;
  std::vector<SourceRecord> records;
};

}  // namespace bosai::geo
