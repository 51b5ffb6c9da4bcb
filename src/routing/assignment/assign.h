#pragma once
#include "core/progress.h"
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
// negative counts, capacities or distances; bosai::Cancelled when `progress` is cancelled (nothing returned).
AssignmentResult assign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                    const std::vector<Candidate>& candidates, const AssignmentOptions& options,
                                    Progress& progress);
AssignmentResult assign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                    const std::vector<Candidate>& candidates, const AssignmentOptions& options);

// The same optimum after an edit, found from `previous` (the answer before the edit) instead of from nothing:
// after an inject (shelters closed or capacities changed, trips removed or lengthened by closed roads, more
// people or new units) only what the edit disturbed is re-routed. Units and shelters keep their indices from
// the previous solve (new units go at the end; a closed shelter is capacity 0 or has no trips). The answer
// is the cold solve's optimum whatever `previous` holds; a stale or unrelated one only costs time.
AssignmentResult reassign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                      const std::vector<Candidate>& candidates, const AssignmentOptions& options,
                                      const AssignmentResult& previous, Progress& progress);

}  // namespace bosai::routing::assignment
