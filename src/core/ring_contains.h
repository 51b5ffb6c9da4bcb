#pragma once
#include "core/geo_point.h"

#include <vector>

namespace bosai {

// Whether `p` lies inside a closed WGS84 ring (even-odd rule on lat/lon). Areas small enough to be a ward's
// 地区 or a drill's flood zone make the planar test exact enough; holes are tested by the caller.
bool ring_contains(const std::vector<GeoPoint>& ring, const GeoPoint& p);

// Whether `p` lies inside a polygon given as its outer ring followed by its holes.
bool polygon_contains(const std::vector<std::vector<GeoPoint>>& rings, const GeoPoint& p);

}  // namespace bosai
