#include "routing/dijkstra.h"
#include "routing/route.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bosai::routing {
namespace {

// The points of geometry g between two fractions of its length, in travel order (reversed when from > to),
// ends interpolated.
std::vector<GeoPoint> slice(const RoadGraph& graph, std::uint32_t g, double from, double to) {
  const auto xy = graph.geometry_xy(g);
  const auto pts = graph.geometry_points(g);
  std::vector<double> at(xy.size(), 0);  // fraction of each vertex
  for (std::size_t k = 1; k < xy.size(); ++k) at[k] = at[k - 1] + std::hypot(xy[k].x - xy[k - 1].x, xy[k].y - xy[k - 1].y);
  const double total = at.back();
  for (auto& a : at) a = total > 0 ? a / total : 0;
  auto point_at = [&](double f) {
    const std::size_t k = std::min<std::size_t>(
        static_cast<std::size_t>(std::upper_bound(at.begin(), at.end(), f) - at.begin()), xy.size() - 1);
    const std::size_t a = k == 0 ? 0 : k - 1;
    const double span = at[k] - at[a];
    const double t = span > 0 ? std::clamp((f - at[a]) / span, 0.0, 1.0) : 0.0;
    return GeoPoint{pts[a].lat + t * (pts[k].lat - pts[a].lat), pts[a].lon + t * (pts[k].lon - pts[a].lon)};
  };
  const double low = std::min(from, to), high = std::max(from, to);
  std::vector<GeoPoint> out{point_at(low)};
  for (std::size_t k = 0; k < xy.size(); ++k) {
    if (at[k] > low && at[k] < high) out.push_back(pts[k]);
  }
  out.push_back(point_at(high));
  if (from > to) std::reverse(out.begin(), out.end());
  return out;
}

void append(std::vector<GeoPoint>& line, const std::vector<GeoPoint>& more) {
  for (const auto& p : more) {
    if (line.empty() || line.back().lat != p.lat || line.back().lon != p.lon) line.push_back(p);
  }
}

}  // namespace

Route shortest_route(const RoadGraph& graph, const SnappedPoint& from, const SnappedPoint& to, Metric metric,
                     const Closures* closures) {
  Route route;
  route.from = from;
  route.to = to;
  Dijkstra dijkstra(graph, metric, closures);
  std::vector<NodeId> stop;
  for (const auto& a : dijkstra.reaching(to)) stop.push_back(a.node);
  dijkstra.run(from, stop);
  const Arrival arrival = dijkstra.arrive(to);
  if (!arrival.reached()) {
    route.distance_m = route.duration_s = std::numeric_limits<double>::infinity();
    return route;
  }
  route.found = true;
  route.distance_m = metric == Metric::kMetres ? arrival.cost : arrival.other;
  route.duration_s = metric == Metric::kMetres ? arrival.other : arrival.cost;
  if (arrival.direct) {
    route.edges.push_back(arrival.via.edge);
    route.geometry = slice(graph, to.geometry, from.fraction, to.fraction);
    return route;
  }
  for (NodeId n = arrival.via.node; dijkstra.parent(n) != kNone; n = graph.edge_source[dijkstra.parent(n)]) {
    route.edges.push_back(dijkstra.parent(n));
  }
  std::reverse(route.edges.begin(), route.edges.end());
  const NodeId first = route.edges.empty() ? arrival.via.node : graph.edge_source[route.edges.front()];

  // From the snapped start to the first junction, along the road it lies on.
  if (from.on_node()) {
    route.geometry.push_back(graph.node_position[from.node]);
  } else {
    const bool to_end = graph.geometry_end[from.geometry] == first;
    route.geometry = slice(graph, from.geometry, from.fraction, to_end ? 1.0 : 0.0);
  }
  for (EdgeId e : route.edges) {
    const std::uint32_t g = graph.edge_geometry[e];
    append(route.geometry, slice(graph, g, graph.edge_reversed[e] ? 1.0 : 0.0, graph.edge_reversed[e] ? 0.0 : 1.0));
  }
  if (arrival.via.edge != kNone) {
    const EdgeId e = arrival.via.edge;
    const double start = graph.edge_reversed[e] ? 1.0 : 0.0;
    append(route.geometry, slice(graph, graph.edge_geometry[e], start, to.fraction));
  }
  return route;
}

}  // namespace bosai::routing
