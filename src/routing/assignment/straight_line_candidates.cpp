#include "routing/assignment/straight_line_candidates.h"

#include "geo/great_circle.h"

namespace bosai::routing::assignment {

std::vector<Candidate> straight_line_candidates(const std::vector<PopulationUnit>& units,
                                                const std::vector<ShelterSlot>& shelters, double max_walk_m,
                                                double detour_factor) {
  std::vector<Candidate> out;
  for (int u = 0; u < static_cast<int>(units.size()); ++u) {
    for (int s = 0; s < static_cast<int>(shelters.size()); ++s) {
      const double d = geo::great_circle_m(units[u].position, shelters[s].position) * detour_factor;
      if (d <= max_walk_m) out.push_back({u, s, d});
    }
  }
  return out;
}

}  // namespace bosai::routing::assignment
