#pragma once
#include "map/map_projection.h"

#include <string>

namespace bosai::map {

// A scale bar of a round ground length (1, 2 or 5 × 10ⁿ m) no longer than `max_length` page units.
struct ScaleBar {
  double metres = 0;
  double length = 0;  // page units
  std::string label;  // 500 m, 1 km, 2.5 km is never chosen
};

ScaleBar choose_scale_bar(const MapProjection& projection, double max_length);

}  // namespace bosai::map
