#pragma once
#include "routing/metric.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace bosai::routing {

// Sources × targets, row-major. Paths minimise `metric`; both the metres and the seconds of each chosen
// path are kept (a shelter's walking distance and time come from one query). Unreachable: +infinity.
struct Matrix {
  std::size_t rows = 0;
  std::size_t cols = 0;
  Metric metric = Metric::kMetres;
  std::vector<double> metres;
  std::vector<double> seconds;

  static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

  double operator()(std::size_t row, std::size_t col) const {
    return (metric == Metric::kMetres ? metres : seconds)[row * cols + col];
  }
  bool reachable(std::size_t row, std::size_t col) const { return metres[row * cols + col] != kUnreachable; }
};

}  // namespace bosai::routing
