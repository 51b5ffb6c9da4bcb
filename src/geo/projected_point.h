#pragma once

namespace bosai::geo {

// A position in a metric projection (metres east, metres north), where straight-line distances and
// point-to-segment snapping are plain Euclidean geometry.
struct ProjectedPoint {
  double x = 0;
  double y = 0;
};

}  // namespace bosai::geo
