#pragma once
#include "core/progress.h"
#include "routing/closures.h"
#include "routing/matrix.h"
#include "routing/metric.h"
#include "routing/road_graph.h"
#include "routing/snapped_point.h"

#include <limits>
#include <span>
#include <vector>

namespace bosai::routing {

// Network distance (metres) or travel time (seconds) from one point to each target; +infinity when a
// target cannot be reached (closed roads, one-way traps). One Dijkstra that stops once every target is
// settled. `closures` may be null.
std::vector<double> one_to_many(const RoadGraph& graph, const SnappedPoint& from, std::span<const SnappedPoint> to,
                                Metric metric, const Closures* closures = nullptr);

struct ManyToManyOptions {
  unsigned threads = 0;  // 0: one per hardware core
  double cutoff = std::numeric_limits<double>::infinity();  // stop searching past this cost (→ unreachable)
};

// Every source to every target: one Dijkstra per source, sources shared out over threads. Reports the stage
// "shortest paths"; a cancel stops every thread after its current source and throws bosai::Cancelled.
Matrix many_to_many(const RoadGraph& graph, std::span<const SnappedPoint> sources,
                    std::span<const SnappedPoint> targets, Metric metric, const Closures* closures = nullptr,
                    const ManyToManyOptions& options = {}, Progress& progress = no_progress());

}  // namespace bosai::routing
