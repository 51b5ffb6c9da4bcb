#include "routing/route_geojson.h"

#include <cstdio>
#include <limits>
#include <string>

namespace bosai::routing {
namespace {

std::string coordinate(const GeoPoint& p) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "[%.7f,%.7f]", p.lon, p.lat);
  return buffer;
}

std::string number(double v) {
  if (v == std::numeric_limits<double>::infinity()) return "null";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", v);
  return buffer;
}

std::string point_feature(const char* role, const SnappedPoint& p) {
  return R"({"type":"Feature","properties":{"role":")" + std::string(role) + R"(","snap_offset_m":)" +
         number(p.offset_m) + R"(},"geometry":{"type":"Point","coordinates":)" + coordinate(p.position) + "}}";
}

}  // namespace

std::string route_geojson(const Route& route) {
  std::string line;
  for (const auto& p : route.geometry) line += (line.empty() ? "" : ",") + coordinate(p);
  if (route.geometry.size() == 1) line += "," + line;  // start = end: a LineString needs two positions
  std::string out = R"({"type":"FeatureCollection","features":[)";
  if (route.found) {
    out += R"({"type":"Feature","properties":{"distance_m":)" + number(route.distance_m) + R"(,"duration_s":)" +
           number(route.duration_s) + R"(},"geometry":{"type":"LineString","coordinates":[)" + line + "]}},";
  }
  out += point_feature("from", route.from) + "," + point_feature("to", route.to) + "]}\n";
  return out;
}

}  // namespace bosai::routing
