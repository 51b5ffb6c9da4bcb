#pragma once
#include <cstddef>
#include <limits>
#include <vector>

namespace bosai::supply {

// Travel between every pair of a list of points, on one mobility's network: seconds and metres, row-major.
// Unreachable pairs hold infinity.
struct TravelMatrix {
  std::size_t size = 0;
  std::vector<double> seconds;
  std::vector<double> metres;

  static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

  double time(std::size_t from, std::size_t to) const { return seconds[from * size + to]; }
  double distance(std::size_t from, std::size_t to) const { return metres[from * size + to]; }
  bool reachable(std::size_t from, std::size_t to) const { return seconds[from * size + to] != kUnreachable; }
};

}  // namespace bosai::supply
