#pragma once
#include "core/geo_point.h"
#include "routing/closures.h"
#include "routing/road_graph.h"
#include "routing/snapped_point.h"

#include <memory>

namespace bosai::routing {

// Nearest-road lookup over every road segment (Boost.Geometry R-tree in the graph's metric projection).
// Build one per graph and reuse it: construction is O(n log n), each snap O(log n).
class Snapper {
 public:
  explicit Snapper(const RoadGraph& graph);
  ~Snapper();
  Snapper(Snapper&&) noexcept;

  // A point exactly on a junction lands on it (offset 0); within 1 cm of one counts as on it. With
  // `closures`, only roads with an open direction count: a home inside a closed (fire, flood) area joins
  // the nearest road still open, as its people would leave the area, instead of a road that leads nowhere.
  SnappedPoint snap(const GeoPoint& point, const Closures* closures = nullptr) const;

 private:
  struct Index;
  const RoadGraph* graph_;
  std::unique_ptr<Index> index_;
};

// One-off convenience: builds a Snapper for a single point. Use a Snapper for many points.
SnappedPoint snap(const RoadGraph& graph, const GeoPoint& point);

}  // namespace bosai::routing
