#pragma once
#include "geo/area.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::services {

// Closed or affected areas from files (GeoJSON or any GDAL vector file), each reprojected to WGS84.
std::vector<geo::Area> read_areas(const std::vector<std::string>& files);

}  // namespace bosai::services
