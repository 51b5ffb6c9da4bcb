#pragma once
#include "core/geo_point.h"
#include "routing/road_graph.h"

namespace bosai::routing {

// Where a point joins the network: a junction, or a spot along one drawn road (fraction of its length
// from the road's first point). Travel starts or ends there; the straight `offset_m` from the query to the
// road is reported, not added to network distances.
struct SnappedPoint {
  GeoPoint query;
  GeoPoint position;   // on the network
  double offset_m = 0;  // query → position, straight line
  NodeId node = kNone;  // set when the point landed on a junction
  std::uint32_t geometry = kNone;
  double fraction = 0;  // along `geometry`, 0 = its start junction, 1 = its end junction

  bool on_node() const { return node != kNone; }
};

}  // namespace bosai::routing
