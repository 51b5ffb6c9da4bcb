#include "routing/assignment/road_candidates.h"

#include "routing/distances.h"

namespace bosai::routing::assignment {
namespace {

// True when every road can be travelled both ways at the same length and closures shut both ways alike
// (walk and wheelchair profiles): then unit → shelter equals shelter → unit, and a few Dijkstras from the
// shelters replace one per unit.
bool symmetric(const RoadGraph& graph, const Closures* closures) {
  for (std::size_t g = 0; g < graph.geometry_count(); ++g) {
    const EdgeId f = graph.geometry_forward[g];
    const EdgeId b = graph.geometry_backward[g];
    if (f == kNone || b == kNone || graph.length_m[f] != graph.length_m[b]) return false;
    if (closures && closures->is_closed(f) != closures->is_closed(b)) return false;
  }
  return true;
}

}  // namespace

std::vector<Candidate> road_candidates(const RoadGraph& graph, std::span<const SnappedPoint> units,
                                       std::span<const SnappedPoint> shelters, double max_walk_m,
                                       const Closures* closures, unsigned threads) {
  ManyToManyOptions options;
  options.threads = threads;
  options.cutoff = max_walk_m;
  const bool from_shelters = shelters.size() < units.size() && symmetric(graph, closures);
  const Matrix matrix = from_shelters ? many_to_many(graph, shelters, units, Metric::kMetres, closures, options)
                                      : many_to_many(graph, units, shelters, Metric::kMetres, closures, options);
  std::vector<Candidate> out;
  for (std::size_t u = 0; u < units.size(); ++u) {
    for (std::size_t s = 0; s < shelters.size(); ++s) {
      const std::size_t cell = from_shelters ? s * matrix.cols + u : u * matrix.cols + s;
      const double network = matrix.metres[cell];
      if (network == Matrix::kUnreachable) continue;
      const double d = network + units[u].offset_m + shelters[s].offset_m;
      if (d <= max_walk_m) out.push_back({static_cast<int>(u), static_cast<int>(s), d});
    }
  }
  return out;
}

}  // namespace bosai::routing::assignment
