#pragma once
#include "core/area.h"
#include "routing/road_graph.h"

#include <cstddef>
#include <vector>

namespace bosai::routing {

// Roads closed during a drill (fire, flood, collapsed bridge): a bit per directed edge that the distance
// and route queries consult, so closing and reopening never rebuilds the graph.
class Closures {
 public:
  explicit Closures(const RoadGraph& graph);

  void close_edge(EdgeId edge);
  void reopen_edge(EdgeId edge);
  // Both directions of every road touching the area (crossing it or inside it); returns how many edges
  // were newly closed. Lifting one area of several is services::RoadNetwork's job: it keeps them by name.
  std::size_t close_area(const Area& area);
  void reopen_all();

  bool is_closed(EdgeId edge) const { return closed_[edge] != 0; }
  std::size_t closed_count() const;

 private:
  const RoadGraph* graph_;
  std::vector<std::uint8_t> closed_;
};

// Whether an edge exists (not kNone) and may be travelled; `closures` may be null (nothing closed).
inline bool is_open(const Closures* closures, EdgeId edge) {
  return edge != kNone && (!closures || !closures->is_closed(edge));
}

}  // namespace bosai::routing
