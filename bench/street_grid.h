#pragma once
// A synthetic jittered street grid written as GeoJSON with u/v junction ids (like an OSMnx export), shared
// by the benchmarks that need a network larger than the real extracts: side × side junctions.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

namespace bosai::bench {

struct StreetGrid {
  int side = 316;              // junctions per row and column (316² ≈ 100k)
  double step_lon = 0.0011;    // degrees between neighbouring junctions (≈ 100 m near Tokyo)
  double step_lat = 0.0009;
  double min_length_m = 80;    // each block's stated length is drawn from [min, min + spread)
  int length_spread_m = 40;
  int oneway_one_in = 10;      // every n-th street one-way (ignored by the walk profile)
};

inline std::filesystem::path write_street_grid(const StreetGrid& g, const std::string& name) {
  const auto file = std::filesystem::temp_directory_path() / ("bosai-bench-" + name + ".geojson");
  std::ofstream out(file);
  out << R"({"type":"FeatureCollection","features":[)";
  bool first = true;
  std::srand(7);
  auto pos = [&](int r, int c) {
    return std::pair{139.30 + c * g.step_lon + ((r * 31 + c * 17) % 7) * g.step_lon / 100,
                     35.60 + r * g.step_lat + ((r * 13 + c * 7) % 5) * g.step_lat / 100};
  };
  auto road = [&](int r1, int c1, int r2, int c2) {
    const auto [x1, y1] = pos(r1, c1);
    const auto [x2, y2] = pos(r2, c2);
    char buffer[400];
    std::snprintf(buffer, sizeof buffer,
                  R"(%s{"type":"Feature","properties":{"u":%d,"v":%d,"length":%.3f,"oneway":%s,"highway":"residential"},"geometry":{"type":"LineString","coordinates":[[%.7f,%.7f],[%.7f,%.7f]]}})",
                  first ? "" : ",", r1 * g.side + c1, r2 * g.side + c2, g.min_length_m + std::rand() % g.length_spread_m,
                  (std::rand() % g.oneway_one_in == 0) ? "true" : "false", x1, y1, x2, y2);
    out << buffer;
    first = false;
  };
  for (int r = 0; r < g.side; ++r) {
    for (int c = 0; c < g.side; ++c) {
      if (c + 1 < g.side) road(r, c, r, c + 1);
      if (r + 1 < g.side) road(r, c, r + 1, c);
    }
  }
  out << "]}\n";
  return file;
}

}  // namespace bosai::bench
