#pragma once
#include "core/geo_point.h"
#include "routing/road_graph.h"
#include "routing/way_access.h"

#include <vector>

namespace bosai::routing {

// Collects junctions and the drawn roads between them, then freezes a RoadGraph: parallel u→v twins merged
// (the shortest kept), self-loops dropped, only the largest strongly connected component kept, the two
// directions of a street sharing one geometry, everything projected to a metric plane.
class GraphBuilder {
 public:
  NodeId add_node(const GeoPoint& position);
  // A road drawn from junction `from` to `to` along `points` (first = from's position, last = to's).
  void add_road(NodeId from, NodeId to, std::vector<GeoPoint> points, double length_m, const WayAccess& access);

  // `stats` comes in with the reading counts filled and goes out complete inside the graph.
  RoadGraph build(Profile profile, ImportStats stats) const;

 private:
  struct Candidate {
    NodeId source, target;
    double length_m, duration_s;
    std::uint32_t road;
    bool against;  // runs from the road's last point to its first
  };
  struct Road {
    NodeId from, to;
    std::vector<GeoPoint> points;
  };
  std::vector<GeoPoint> nodes_;
  std::vector<Road> roads_;
  std::vector<Candidate> candidates_;
};

}  // namespace bosai::routing
