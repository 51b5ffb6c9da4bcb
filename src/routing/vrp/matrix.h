#pragma once
#include "routing/vrp/types.h"

#include <vector>

namespace bosai::routing::vrp {

// Square table of travel costs or durations between locations; the solver never looks at coordinates, so the
// same code runs on Euclidean benchmarks and on road-network travel times.
struct Matrix {
  Index size = 0;
  std::vector<double> values;  // row-major, size × size

  Matrix() = default;
  explicit Matrix(Index n) : size(n), values(static_cast<std::size_t>(n) * n, 0.0) {}
  double operator()(Index from, Index to) const { return values[static_cast<std::size_t>(from) * size + to]; }
  double& at(Index from, Index to) { return values[static_cast<std::size_t>(from) * size + to]; }
};

}  // namespace bosai::routing::vrp
