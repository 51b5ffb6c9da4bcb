#pragma once
#include "core/area.h"

#include <filesystem>

namespace bosai::geo {

// Every Polygon/MultiPolygon of a GeoJSON (or any GDAL vector) file, reprojected to WGS84, as one Area named
// after the file. A file without any polygon is an InputError naming it.
Area read_area(const std::filesystem::path& file);

}  // namespace bosai::geo
