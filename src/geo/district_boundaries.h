#pragma once
#include "core/ward_structure.h"

#include <filesystem>

namespace bosai::geo {

// Sets the boundary of each 地区 named in a GeoJSON FeatureCollection of (Multi)Polygons (property `code`, or
// `地区` holding the code or name), so shelters and people can be placed in their 地区 by position. An unknown
// 地区 or a geometry that is not a polygon is an InputError naming the feature.
void read_district_boundaries(const std::filesystem::path& file, WardStructure& ward);

}  // namespace bosai::geo
