#include "routing/road_graph_check.h"

#include <cmath>

namespace bosai::routing {
namespace {

std::string sizes_problem(const RoadGraph& g) {
  const std::size_t nodes = g.node_count(), edges = g.edge_count(), geometries = g.geometry_count();
  if (g.node_xy.size() != nodes) return "node_xy size";
  if (g.first_edge.size() != nodes + 1) return "first_edge size";
  for (std::size_t size : {g.edge_source.size(), g.length_m.size(), g.duration_s.size(), g.edge_geometry.size(),
                           g.edge_reversed.size()}) {
    if (size != edges) return "edge arrays of different sizes";
  }
  if (g.geometry_first_point.size() != geometries + 1) return "geometry_first_point size";
  for (std::size_t size : {g.geometry_end.size(), g.geometry_forward.size(), g.geometry_backward.size()}) {
    if (size != geometries) return "geometry arrays of different sizes";
  }
  if (g.points_xy.size() != g.points.size()) return "points_xy size";
  if (nodes >= kNone || edges >= kNone || g.points.size() >= kNone) return "more elements than ids";
  return {};
}

template <class Offset>
std::string offsets_problem(const std::vector<Offset>& first, std::size_t total, std::size_t min_step,
                            const char* name) {
  if (first.front() != 0 || first.back() != total) return std::string(name) + " does not span its array";
  for (std::size_t i = 1; i < first.size(); ++i) {
    if (first[i] < first[i - 1] + min_step) return std::string(name) + " falls at " + std::to_string(i);
  }
  return {};
}

bool finite(const GeoPoint& p) { return std::isfinite(p.lat) && std::isfinite(p.lon); }
bool finite(const geo::ProjectedPoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

template <class Point>
bool all_finite(const std::vector<Point>& points) {
  for (const auto& p : points) {
    if (!finite(p)) return false;
  }
  return true;
}

std::string edges_problem(const RoadGraph& g) {
  const std::size_t nodes = g.node_count(), geometries = g.geometry_count();
  for (NodeId n = 0; n < nodes; ++n) {
    for (EdgeId e = g.first_edge[n]; e < g.first_edge[n + 1]; ++e) {
      if (g.edge_source[e] != n) return "edge " + std::to_string(e) + " is not under its source";
    }
  }
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    const std::string edge = "edge " + std::to_string(e);
    if (g.edge_target[e] >= nodes) return edge + ": target out of range";
    if (!std::isfinite(g.length_m[e]) || g.length_m[e] < 0) return edge + ": length";
    if (!std::isfinite(g.duration_s[e]) || g.duration_s[e] < 0) return edge + ": duration";
    const std::uint32_t geometry = g.edge_geometry[e];
    if (geometry >= geometries || g.edge_reversed[e] > 1) return edge + ": geometry out of range";
    const bool reversed = g.edge_reversed[e] == 1;
    const NodeId from = reversed ? g.geometry_end[geometry] : g.geometry_start[geometry];
    const NodeId to = reversed ? g.geometry_start[geometry] : g.geometry_end[geometry];
    if (g.edge_source[e] != from || g.edge_target[e] != to) return edge + ": does not run along its geometry";
    if ((reversed ? g.geometry_backward : g.geometry_forward)[geometry] != e) return edge + ": geometry disowns it";
  }
  return {};
}

std::string geometries_problem(const RoadGraph& g) {
  for (std::uint32_t k = 0; k < g.geometry_count(); ++k) {
    const std::string geometry = "geometry " + std::to_string(k);
    if (g.geometry_start[k] >= g.node_count() || g.geometry_end[k] >= g.node_count()) return geometry + ": node";
    for (EdgeId e : {g.geometry_forward[k], g.geometry_backward[k]}) {
      if (e != kNone && (e >= g.edge_count() || g.edge_geometry[e] != k)) return geometry + ": edge out of range";
    }
    if (g.geometry_forward[k] == kNone && g.geometry_backward[k] == kNone) return geometry + ": no edge";
  }
  return {};
}

}  // namespace

std::string road_graph_problem(const RoadGraph& g) {
  if (auto p = sizes_problem(g); !p.empty()) return p;
  if (auto p = offsets_problem(g.first_edge, g.edge_count(), 0, "first_edge"); !p.empty()) return p;
  // Every drawn road is a line: at least two points, as GraphBuilder makes them.
  if (auto p = offsets_problem(g.geometry_first_point, g.points.size(), 2, "geometry_first_point"); !p.empty()) return p;
  if (!all_finite(g.node_position) || !all_finite(g.node_xy) || !all_finite(g.points) || !all_finite(g.points_xy)) {
    return "coordinates not finite";
  }
  if (auto p = geometries_problem(g); !p.empty()) return p;
  return edges_problem(g);
}

}  // namespace bosai::routing
