#pragma once
#include "core/geo_point.h"
#include "routing/closures.h"
#include "routing/metric.h"
#include "routing/road_graph.h"
#include "routing/snapped_point.h"

#include <vector>

namespace bosai::routing {

// The best path between two snapped points: its length, time, the edges it uses and its drawn geometry
// (from the snapped start along the real road shapes to the snapped end). `found` is false when the end
// cannot be reached; the numbers are then +infinity and the lists empty.
struct Route {
  bool found = false;
  double distance_m = 0;
  double duration_s = 0;
  SnappedPoint from;
  SnappedPoint to;
  std::vector<EdgeId> edges;
  std::vector<GeoPoint> geometry;
};

Route shortest_route(const RoadGraph& graph, const SnappedPoint& from, const SnappedPoint& to, Metric metric,
                     const Closures* closures = nullptr);

}  // namespace bosai::routing
