#pragma once
#include "routing/assignment/assignment_options.h"
#include "routing/assignment/candidate.h"
#include "routing/assignment/population_unit.h"
#include "routing/assignment/shelter_slot.h"
#include "routing/flow/min_cost_flow_problem.h"

#include <vector>

namespace bosai::routing::assignment {

// The min-cost flow that assign_to_shelters solves, exposed so that benchmarks and other solvers can run
// on exactly the same network. Nodes: one sink, one node per unit with a usable trip (supply = count),
// one per shelter with a usable trip, in that order (unit nodes 1 … units, then the shelter nodes). Arcs, in
// this order: trips unit → shelter (cost = decimetres), shelter → sink (capacity), unit → sink (penalty for
// leaving people unplaced).
struct AssignmentNetwork {
  flow::MinCostFlowProblem problem;
  flow::FlowNode sink = 0;
  std::vector<flow::FlowNode> unit_node;     // per unit, -1 when nothing is in reach
  std::vector<flow::FlowNode> shelter_node;  // per shelter, -1 when no usable trip reaches it
  std::vector<int> trip_candidate;  // arc a < trip_candidate.size() carries candidates[trip_candidate[a]]
  std::vector<int> shelter_arc;     // per shelter, its arc to the sink, -1 when no usable trip reaches it
  std::vector<int> penalty_arc;     // per unit, its arc to the sink, -1 when nothing is in reach
  // Per unplaced person: depends only on the maximum walk and the number of shelters given, so a re-solve
  // after an edit (shelters closed, roads closed, arrivals) prices people the same way as the solve before.
  flow::FlowCost penalty = 0;
};

// Throws std::invalid_argument as assign_to_shelters does.
AssignmentNetwork build_assignment_network(const std::vector<PopulationUnit>& units,
                                           const std::vector<ShelterSlot>& shelters,
                                           const std::vector<Candidate>& candidates, const AssignmentOptions& options);

}  // namespace bosai::routing::assignment
