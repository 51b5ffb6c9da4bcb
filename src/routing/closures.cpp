#include "routing/closures.h"

#include <algorithm>

namespace bosai::routing {

Closures::Closures(const RoadGraph& graph) : graph_(&graph), closed_(graph.edge_count(), 0) {}

void Closures::close_edge(EdgeId edge) { closed_.at(edge) = 1; }
void Closures::reopen_edge(EdgeId edge) { closed_.at(edge) = 0; }
void Closures::reopen_all() { std::fill(closed_.begin(), closed_.end(), 0); }

std::size_t Closures::closed_count() const {
  return static_cast<std::size_t>(std::count(closed_.begin(), closed_.end(), 1));
}

std::size_t Closures::close_area(const Area& area) {
  const RoadGraph& graph = *graph_;
  std::size_t changed = 0;
  for (std::uint32_t g = 0; g < graph.geometry_count(); ++g) {
    if (!area.touches(graph.geometry_points(g))) continue;
    for (EdgeId e : {graph.geometry_forward[g], graph.geometry_backward[g]}) {
      if (e == kNone || closed_[e]) continue;
      closed_[e] = 1;
      ++changed;
    }
  }
  return changed;
}

}  // namespace bosai::routing
