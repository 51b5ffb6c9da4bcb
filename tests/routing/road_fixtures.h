#pragma once
// Tiny hand-made road files whose shortest paths can be worked out on paper.
#include "routing/load_road_graph.h"
#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace bosai::routing::test {

struct Road {
  int u, v;
  double length;
  bool oneway;
  std::string highway;
  std::vector<std::pair<double, double>> lon_lat;
  std::string extra = "";  // more properties, e.g. R"(,"width":"0.6")"
};

inline std::string roads_geojson(const std::vector<Road>& roads) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < roads.size(); ++i) {
    const Road& r = roads[i];
    std::string coords;
    for (const auto& [lon, lat] : r.lon_lat) {
      coords += (coords.empty() ? "" : ",") + ("[" + std::to_string(lon) + "," + std::to_string(lat) + "]");
    }
    out += (i ? "," : "") + std::string(R"({"type":"Feature","properties":{"u":)") + std::to_string(r.u) +
           R"(,"v":)" + std::to_string(r.v) + R"(,"length":)" + std::to_string(r.length) + R"(,"oneway":)" +
           (r.oneway ? "true" : "false") + R"(,"highway":")" + r.highway + "\"" + r.extra +
           R"(},"geometry":{"type":"LineString","coordinates":[)" + coords + "]}}";
  }
  return out + "]}";
}

// A square block A(1)–B(2)–C(3)–D(4) about 100 m a side near Tachikawa station, plus a one-way spur
// B→E(5) that leads nowhere (E is a trap: it cannot get back, so SCC pruning must drop it).
//   D(4) ---- C(3)
//    |         |
//   A(1) ---- B(2) --> E(5)
inline std::vector<Road> square_block() {
  const double x0 = 139.4100, y0 = 35.6980, dx = 0.0011, dy = 0.0009;
  return {
      {1, 2, 100, false, "residential", {{x0, y0}, {x0 + dx, y0}}},
      {2, 3, 100, false, "residential", {{x0 + dx, y0}, {x0 + dx, y0 + dy}}},
      {3, 4, 100, false, "residential", {{x0 + dx, y0 + dy}, {x0, y0 + dy}}},
      {4, 1, 100, false, "residential", {{x0, y0 + dy}, {x0, y0}}},
      {2, 5, 80, true, "residential", {{x0 + dx, y0}, {x0 + 2 * dx, y0}}},
  };
}

inline LoadOptions no_cache() {
  LoadOptions o;
  o.use_cache = false;
  return o;
}

}  // namespace bosai::routing::test
