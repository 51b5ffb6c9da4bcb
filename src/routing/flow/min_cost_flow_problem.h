#pragma once
#include <cstdint>
#include <vector>

namespace bosai::routing::flow {

using FlowNode = int;
using FlowAmount = std::int64_t;  // people, units of flow
using FlowCost = std::int64_t;    // cost of one unit on one arc

struct FlowArc {
  FlowNode from = 0;
  FlowNode to = 0;
  FlowAmount lower = 0;  // may be negative: flow then may run backwards up to -lower
  FlowAmount upper = 0;
  FlowCost cost = 0;
};

// A min-cost b-flow: supply > 0 is a source, < 0 a sink; flow conservation is exact at every node
// (out − in = supply), so the supplies of a feasible problem sum to zero.
struct MinCostFlowProblem {
  std::vector<FlowAmount> supply;  // one per node, nodes are 0 … supply.size()-1
  std::vector<FlowArc> arcs;

  FlowNode add_node(FlowAmount node_supply = 0) {
    supply.push_back(node_supply);
    return static_cast<FlowNode>(supply.size() - 1);
  }
  int add_arc(FlowNode from, FlowNode to, FlowAmount lower, FlowAmount upper, FlowCost cost) {
    arcs.push_back({from, to, lower, upper, cost});
    return static_cast<int>(arcs.size() - 1);
  }
  int node_count() const { return static_cast<int>(supply.size()); }
};

}  // namespace bosai::routing::flow
