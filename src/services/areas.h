#pragma once
#include "core/area.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::services {

// An affected or closed area from a file (GeoJSON or any GDAL vector file), reprojected to WGS84 and named
// after the file.
Area read_area(const std::filesystem::path& file);
// Several, each its own Area (so each can be lifted on its own).
std::vector<Area> read_areas(const std::vector<std::string>& files);

}  // namespace bosai::services
