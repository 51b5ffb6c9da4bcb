#pragma once
#include "core/progress.h"
#include "routing/assignment/assignment_network.h"
#include "routing/assignment/assignment_result.h"
#include "routing/flow/min_cost_flow_result.h"

namespace bosai::routing::assignment {

// Exact min-cost flow for an assignment network, specialised for its shape: many units, few shelters.
// Successive shortest paths on the residual network contracted to the shelters and the sink: potentials live
// on those ≤ S + 1 nodes only (a unit's potential is implied by the shelter it uses), and an edge s → t is
// the cheapest person at s who could walk to t instead. docs/assignment.md gives the method and why the
// answer is optimal; the caller checks the returned certificate with flow::check_optimality.
//
// `warm` (may be null) is an earlier answer for units and shelters with the same indices: its flows and
// shelter prices are where the search starts. Any hint gives the same optimum (units whose hinted trips are no
// longer cheapest are re-placed first); a close one only makes it faster. Checks `progress` for cancellation
// (throws bosai::Cancelled) and reports the share of the misplaced people already routed.
flow::MinCostFlowResult solve_on_shelter_graph(const AssignmentNetwork& net, const AssignmentResult* warm,
                                               Progress& progress);

}  // namespace bosai::routing::assignment
