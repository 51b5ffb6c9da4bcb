#include "routing/closures.h"

#include "geo/metric_projection.h"

#include <boost/geometry.hpp>

#include <algorithm>

namespace bosai::routing {
namespace {

namespace bg = boost::geometry;
using Point = bg::model::d2::point_xy<double>;
using Polygon = bg::model::polygon<Point>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Line = bg::model::linestring<Point>;

MultiPolygon projected(const geo::Area& area, int epsg) {
  const geo::MetricProjection projection(epsg);
  MultiPolygon out;
  for (const auto& rings : area.polygons) {
    Polygon polygon;
    for (std::size_t r = 0; r < rings.size(); ++r) {
      auto& ring = r == 0 ? polygon.outer() : polygon.inners().emplace_back();
      for (const auto& p : projection.forward(rings[r])) ring.emplace_back(p.x, p.y);
    }
    bg::correct(polygon);  // GeoJSON winding is not always right-handed
    out.push_back(std::move(polygon));
  }
  return out;
}

}  // namespace

Closures::Closures(const RoadGraph& graph) : graph_(&graph), closed_(graph.edge_count(), 0) {}

void Closures::close_edge(EdgeId edge) { closed_.at(edge) = 1; }
void Closures::reopen_edge(EdgeId edge) { closed_.at(edge) = 0; }
void Closures::reopen_all() { std::fill(closed_.begin(), closed_.end(), 0); }

std::size_t Closures::closed_count() const {
  return static_cast<std::size_t>(std::count(closed_.begin(), closed_.end(), 1));
}

std::size_t Closures::close_area(const geo::Area& area) { return set_area(area, 1); }
std::size_t Closures::reopen_area(const geo::Area& area) { return set_area(area, 0); }

std::size_t Closures::set_area(const geo::Area& area, std::uint8_t value) {
  const RoadGraph& graph = *graph_;
  const MultiPolygon polygons = projected(area, graph.epsg);
  const auto box = bg::return_envelope<bg::model::box<Point>>(polygons);
  std::size_t changed = 0;
  Line line;
  for (std::uint32_t g = 0; g < graph.geometry_count(); ++g) {
    line.clear();
    for (const auto& p : graph.geometry_xy(g)) line.emplace_back(p.x, p.y);
    if (bg::disjoint(line, box) || !bg::intersects(line, polygons)) continue;
    for (EdgeId e : {graph.geometry_forward[g], graph.geometry_backward[g]}) {
      if (e == kNone || closed_[e] == value) continue;
      closed_[e] = value;
      ++changed;
    }
  }
  return changed;
}

}  // namespace bosai::routing
