#pragma once
#include "routing/assignment/candidate.h"
#include "routing/assignment/population_unit.h"
#include "routing/assignment/shelter_slot.h"

#include <vector>

namespace bosai::routing::assignment {

// Trips measured as the crow flies (great circle) times a detour factor, kept when within max_walk_m:
// the fallback when no road network is loaded. Real streets are longer; a factor of about 1.3 is the
// usual estimate, and the output must say that distances are estimates.
std::vector<Candidate> straight_line_candidates(const std::vector<PopulationUnit>& units,
                                                const std::vector<ShelterSlot>& shelters, double max_walk_m,
                                                double detour_factor = 1.0);

}  // namespace bosai::routing::assignment
