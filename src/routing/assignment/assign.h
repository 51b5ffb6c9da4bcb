#pragma once
#include "routing/assignment/assignment_options.h"
#include "routing/assignment/assignment_result.h"
#include "routing/assignment/candidate.h"
#include "routing/assignment/population_unit.h"
#include "routing/assignment/shelter_slot.h"

#include <vector>

namespace bosai::routing::assignment {

// Optimal shelter assignment, lexicographically: (1) as many people placed as possible, then (2) the
// fewest person-metres walked (distances rounded to 0.1 m), within capacities, the maximum walk and the
// care rule. Solved exactly as one min-cost flow (docs/assignment.md gives the model and the proof that
// the penalty arcs make it lexicographic); the flow's dual certificate is checked before returning.
// Throws std::invalid_argument for candidates naming units or shelters that do not exist and for
// negative counts, capacities or distances.
AssignmentResult assign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                    const std::vector<Candidate>& candidates, const AssignmentOptions& options);

}  // namespace bosai::routing::assignment
