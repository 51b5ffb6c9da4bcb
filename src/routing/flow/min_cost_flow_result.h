#pragma once
#include "routing/flow/min_cost_flow_problem.h"

#include <vector>

namespace bosai::routing::flow {

enum class FlowStatus { optimal, infeasible };

// Total costs reach 10^21 on real benchmark files (10^9 flow × 10^9 cost × 1000 arcs): 128-bit.
__extension__ typedef __int128 TotalCost;

struct MinCostFlowResult {
  FlowStatus status = FlowStatus::infeasible;
  TotalCost cost = 0;               // Σ flow × cost over all arcs, exact
  std::vector<FlowAmount> flow;     // per arc, within [lower, upper]; empty when infeasible
  // Dual certificate: reduced cost c(u,v) + potential[u] − potential[v] is ≥ 0 where flow > lower and
  // ≤ 0 where flow < upper. Anyone can re-check optimality with check_optimality().
  std::vector<TotalCost> potential;  // per node; empty when infeasible
};

}  // namespace bosai::routing::flow
