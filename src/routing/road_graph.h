#pragma once
#include "core/geo_point.h"
#include "geo/projected_point.h"
#include "routing/import_stats.h"
#include "routing/profile.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace bosai::routing {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// A routable road network for one profile, frozen after import: compressed sparse rows (edges sorted by
// source, `first_edge[n] .. first_edge[n+1]` leave node n), only the largest strongly connected component.
// Each edge points at a geometry (the drawn road between two junctions) that it runs along or against;
// a two-way street's two edges share one geometry, so snapping and closures see one road.
struct RoadGraph {
  Profile profile = Profile::kWalk;
  int epsg = 0;  // projection of the *_xy fields

  std::vector<GeoPoint> node_position;
  std::vector<geo::ProjectedPoint> node_xy;
  std::vector<EdgeId> first_edge;  // node count + 1

  std::vector<NodeId> edge_source;
  std::vector<NodeId> edge_target;
  std::vector<double> length_m;
  std::vector<double> duration_s;
  std::vector<std::uint32_t> edge_geometry;
  std::vector<std::uint8_t> edge_reversed;  // 1: travels the geometry from its last point to its first

  std::vector<std::uint32_t> geometry_first_point;  // geometry count + 1, into points / points_xy
  std::vector<GeoPoint> points;
  std::vector<geo::ProjectedPoint> points_xy;
  std::vector<NodeId> geometry_start;  // node at the geometry's first point
  std::vector<NodeId> geometry_end;
  std::vector<EdgeId> geometry_forward;   // edge start → end, or kNone
  std::vector<EdgeId> geometry_backward;  // edge end → start, or kNone

  ImportStats stats;

  std::size_t node_count() const { return node_position.size(); }
  std::size_t edge_count() const { return edge_target.size(); }
  std::size_t geometry_count() const { return geometry_start.size(); }
  std::span<const GeoPoint> geometry_points(std::uint32_t g) const {
    return {points.data() + geometry_first_point[g], points.data() + geometry_first_point[g + 1]};
  }
  std::span<const geo::ProjectedPoint> geometry_xy(std::uint32_t g) const {
    return {points_xy.data() + geometry_first_point[g], points_xy.data() + geometry_first_point[g + 1]};
  }
};

}  // namespace bosai::routing
