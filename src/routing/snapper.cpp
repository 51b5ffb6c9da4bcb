#include "routing/snapper.h"

#include "core/error.h"
#include "geo/great_circle.h"
#include "geo/metric_projection.h"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bosai::routing {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Segment = bg::model::segment<Point>;
using Value = std::pair<Segment, std::uint32_t>;  // segment from points_xy[i] to points_xy[i + 1]

constexpr double kOnJunctionM = 0.01;

double distance(const geo::ProjectedPoint& a, const geo::ProjectedPoint& b) { return std::hypot(b.x - a.x, b.y - a.y); }

}  // namespace

struct Snapper::Index {
  geo::MetricProjection projection;
  bgi::rtree<Value, bgi::rstar<16>> tree;
  std::vector<std::uint32_t> geometry_of_point;
  bgi::rtree<std::pair<Point, NodeId>, bgi::rstar<16>> junctions;
};

Snapper::Snapper(const RoadGraph& graph) : graph_(&graph) {
  std::vector<Value> values;
  std::vector<std::uint32_t> geometry_of_point(graph.points.size(), kNone);
  for (std::uint32_t g = 0; g < graph.geometry_count(); ++g) {
    for (std::uint32_t i = graph.geometry_first_point[g]; i < graph.geometry_first_point[g + 1]; ++i) {
      geometry_of_point[i] = g;
      if (i + 1 < graph.geometry_first_point[g + 1]) {
        const auto& a = graph.points_xy[i];
        const auto& b = graph.points_xy[i + 1];
        values.emplace_back(Segment(Point(a.x, a.y), Point(b.x, b.y)), i);
      }
    }
  }
  std::vector<std::pair<Point, NodeId>> junctions;
  for (NodeId n = 0; n < graph.node_count(); ++n) junctions.emplace_back(Point(graph.node_xy[n].x, graph.node_xy[n].y), n);
  index_ = std::make_unique<Index>(Index{geo::MetricProjection(graph.epsg), {values.begin(), values.end()},
                                         std::move(geometry_of_point), {junctions.begin(), junctions.end()}});
}

Snapper::~Snapper() = default;
Snapper::Snapper(Snapper&&) noexcept = default;

SnappedPoint Snapper::snap(const GeoPoint& point, const Closures* closures) const {
  if (!is_valid_wgs84(point)) throw InputError("", 0, "point", "not a WGS84 latitude,longitude");
  const RoadGraph& graph = *graph_;
  if (graph.geometry_count() == 0) throw InputError(graph.stats.source, 0, "the road network is empty");
  const geo::ProjectedPoint q = index_->projection.forward(point);
  // A point on a junction is that junction, even where another road passes just as close (a bridge).
  std::vector<std::pair<Point, NodeId>> junction;
  index_->junctions.query(bgi::nearest(Point(q.x, q.y), 1), std::back_inserter(junction));
  const auto open_junction = [&](NodeId n) {
    for (EdgeId e = graph.first_edge[n]; e < graph.first_edge[n + 1]; ++e) {
      if (is_open(closures, e)) return true;
    }
    return false;
  };
  if (!junction.empty() && distance(graph.node_xy[junction.front().second], q) <= kOnJunctionM &&
      open_junction(junction.front().second)) {
    SnappedPoint s;
    s.query = point;
    s.node = junction.front().second;
    s.position = graph.node_position[s.node];
    s.offset_m = geo::great_circle_m(point, s.position);
    return s;
  }
  std::vector<Value> nearest;
  const auto open_road = [&](const Value& v) {
    const std::uint32_t road = index_->geometry_of_point[v.second];
    return is_open(closures, graph.geometry_forward[road]) || is_open(closures, graph.geometry_backward[road]);
  };
  index_->tree.query(bgi::nearest(Point(q.x, q.y), 1) && bgi::satisfies(open_road), std::back_inserter(nearest));
  if (nearest.empty()) throw InputError(graph.stats.source, 0, "every road of the network is closed");
  const std::uint32_t i = nearest.front().second;
  const std::uint32_t g = index_->geometry_of_point[i];

  const auto xy = graph.geometry_xy(g);
  const auto first = graph.geometry_first_point[g];
  const auto& a = graph.points_xy[i];
  const auto& b = graph.points_xy[i + 1];
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double squared = dx * dx + dy * dy;
  const double t = squared > 0 ? std::clamp(((q.x - a.x) * dx + (q.y - a.y) * dy) / squared, 0.0, 1.0) : 0.0;

  double along = 0, total = 0;
  for (std::size_t k = 1; k < xy.size(); ++k) {
    const double piece = distance(xy[k - 1], xy[k]);
    if (first + k - 1 < i) along += piece;
    if (first + k - 1 == i) along += t * piece;
    total += piece;
  }
  SnappedPoint s;
  s.query = point;
  s.geometry = g;
  s.fraction = total > 0 ? along / total : 0;
  const GeoPoint& pa = graph.points[i];
  const GeoPoint& pb = graph.points[i + 1];
  s.position = {pa.lat + t * (pb.lat - pa.lat), pa.lon + t * (pb.lon - pa.lon)};
  if (along <= kOnJunctionM) s.node = graph.geometry_start[g];
  else if (total - along <= kOnJunctionM) s.node = graph.geometry_end[g];
  if (s.on_node()) {
    s.position = graph.node_position[s.node];
    s.fraction = s.node == graph.geometry_start[g] ? 0 : 1;
  }
  s.offset_m = geo::great_circle_m(point, s.position);
  return s;
}

SnappedPoint snap(const RoadGraph& graph, const GeoPoint& point) { return Snapper(graph).snap(point); }

}  // namespace bosai::routing
