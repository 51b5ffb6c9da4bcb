#pragma once
#include "routing/road_graph.h"

#include <string>

namespace bosai::routing {

// What makes a RoadGraph unsafe to route on, or empty when nothing does: every size consistent, offsets
// starting at 0 and never falling, every node, edge, geometry and point index in range, edges sorted under
// their source and agreeing with the geometry they run along, lengths and durations finite and ≥ 0,
// coordinates finite. The snapper and Dijkstra index without bounds checks, so a graph that did not come
// from GraphBuilder in this process (a cache file) passes here before anything reads it.
std::string road_graph_problem(const RoadGraph& graph);

}  // namespace bosai::routing
