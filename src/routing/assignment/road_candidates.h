#pragma once
#include "routing/assignment/candidate.h"
#include "routing/closures.h"
#include "routing/road_graph.h"
#include "routing/snapped_point.h"

#include <span>
#include <vector>

namespace bosai::routing::assignment {

// Walking distances over the road network for every unit → shelter pair within max_walk_m: one Dijkstra
// per unit, cut off at the maximum walk, units shared out over threads. A trip's length is the network
// distance plus the straight steps from the unit to its road and from the shelter's road to the shelter
// (each SnappedPoint's offset_m). `closures` may be null.
std::vector<Candidate> road_candidates(const RoadGraph& graph, std::span<const SnappedPoint> units,
                                       std::span<const SnappedPoint> shelters, double max_walk_m,
                                       const Closures* closures = nullptr, unsigned threads = 0);

}  // namespace bosai::routing::assignment
