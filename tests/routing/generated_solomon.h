#pragma once
// A Solomon-format VRPTW instance of any size, for the time-limit tests and benchmarks (the published ones stop
// at 100 customers): customers spread over a square around a central depot, each with a window it can be
// reached in and returned from, ten per vehicle on average.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

namespace bosai::test {

inline void write_generated_solomon(const std::filesystem::path& file, int customers, unsigned seed = 7) {
  constexpr int kSide = 500, kHorizon = 2000, kService = 10, kCapacity = 200;
  std::mt19937 rng(seed);
  auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
  std::ofstream out(file);
  out << "GEN" << customers << "\n\nVEHICLE\nNUMBER     CAPACITY\n  " << std::max(1, customers / 10) << "  "
      << kCapacity << "\n\nCUSTOMER\nCUST NO.  XCOORD.  YCOORD.  DEMAND  READY TIME  DUE DATE  SERVICE TIME\n\n";
  out << "0 " << kSide / 2 << ' ' << kSide / 2 << " 0 0 " << kHorizon << " 0\n";
  for (int c = 1; c <= customers; ++c) {
    const int x = uniform(0, kSide), y = uniform(0, kSide);
    const int away = static_cast<int>(std::ceil(std::hypot(x - kSide / 2, y - kSide / 2)));
    const int width = uniform(60, 240);
    const int ready = uniform(away, std::max(away, kHorizon - away - kService - width));
    out << c << ' ' << x << ' ' << y << ' ' << uniform(1, 30) << ' ' << ready << ' ' << ready + width << ' '
        << kService << "\n";
  }
}

}  // namespace bosai::test
