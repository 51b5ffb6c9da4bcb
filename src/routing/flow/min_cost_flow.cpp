#include "routing/flow/min_cost_flow.h"

#include "core/error.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <stdexcept>

namespace bosai::routing::flow {
namespace {

// LEMON's integer network simplex starts from artificial arcs of cost 2^62: potentials stay within
// 2^62 ± nodes × max|cost|, so reduced costs fit in 64 bits while nodes × max|cost| < 2^60.
constexpr TotalCost kPotentialBudget = TotalCost{1} << 60;
constexpr TotalCost kAmountLimit = TotalCost{1} << 62;

using Digraph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Digraph, FlowAmount, FlowCost>;

MinCostFlowResult infeasible() { return MinCostFlowResult{}; }

TotalCost magnitude(TotalCost v) { return v < 0 ? -v : v; }

void check_arc_ends(const MinCostFlowProblem& problem) {
  const int n = problem.node_count();
  for (const auto& a : problem.arcs) {
    if (a.from < 0 || a.from >= n || a.to < 0 || a.to >= n) {
      throw std::out_of_range("min-cost flow arc names node outside 0.." + std::to_string(n - 1));
    }
  }
}

}  // namespace

MinCostFlowResult solve_min_cost_flow(const MinCostFlowProblem& problem) {
  check_arc_ends(problem);
  const int n = problem.node_count();
  const auto m = problem.arcs.size();

  // Ship every lower bound first; LEMON then sees 0 ≤ flow ≤ upper − lower on each arc.
  std::vector<TotalCost> supply(problem.supply.begin(), problem.supply.end());
  std::vector<FlowAmount> flow(m, 0);
  Digraph graph;
  graph.reserveNode(n);
  graph.reserveArc(static_cast<int>(m));
  for (int v = 0; v < n; ++v) graph.addNode();
  std::vector<int> lemon_arc(m, -1);
  TotalCost max_cost = 0;
  for (std::size_t i = 0; i < m; ++i) {
    const FlowArc& a = problem.arcs[i];
    if (a.lower > a.upper) return infeasible();
    const TotalCost range = TotalCost{a.upper} - a.lower;
    if (range >= kAmountLimit) throw InputError("arc capacity range " + to_string(range) + " is too large (limit 2^62)");
    if (a.from == a.to) {  // a loop only ever costs or saves: run it at whichever bound is cheaper
      flow[i] = a.cost < 0 ? a.upper : a.lower;
      continue;
    }
    flow[i] = a.lower;
    supply[a.from] -= a.lower;
    supply[a.to] += a.lower;
    lemon_arc[i] = graph.id(graph.addArc(graph.nodeFromId(a.from), graph.nodeFromId(a.to)));
    max_cost = std::max(max_cost, magnitude(a.cost));
  }
  TotalCost balance = 0;
  TotalCost shipped = 0;  // LEMON sums supplies in 64 bits
  for (TotalCost s : supply) {
    balance += s;
    if (s > 0) shipped += s;
  }
  if (shipped >= kAmountLimit) throw InputError("total supply " + to_string(shipped) + " is too large (limit 2^62)");
  if (balance != 0) return infeasible();
  if (max_cost * (n + 2) >= kPotentialBudget) {
    throw InputError("arc costs up to " + to_string(max_cost) + " on " + std::to_string(n) +
                     " nodes are too large for exact 64-bit network simplex");
  }

  MinCostFlowResult result;
  if (n > 0) {
    // Maps made after the arcs: filled once, never resized.
    Digraph::ArcMap<FlowAmount> capacity_map(graph);
    Digraph::ArcMap<FlowCost> cost_map(graph);
    Digraph::NodeMap<FlowAmount> supply_map(graph);
    for (std::size_t i = 0; i < m; ++i) {
      if (lemon_arc[i] < 0) continue;
      const FlowArc& a = problem.arcs[i];
      const auto arc = graph.arcFromId(lemon_arc[i]);
      capacity_map[arc] = a.upper - a.lower;
      cost_map[arc] = a.cost;
    }
    for (int v = 0; v < n; ++v) supply_map[graph.nodeFromId(v)] = static_cast<FlowAmount>(supply[v]);
    Simplex simplex(graph);
    simplex.upperMap(capacity_map).costMap(cost_map).supplyMap(supply_map);
    // All capacities are finite (< 2^62 < LEMON's infinity), so UNBOUNDED cannot occur.
    if (simplex.run() != Simplex::OPTIMAL) return infeasible();
    for (std::size_t i = 0; i < m; ++i) {
      if (lemon_arc[i] >= 0) flow[i] += simplex.flow(graph.arcFromId(lemon_arc[i]));
    }
    result.potential.resize(n);
    for (int v = 0; v < n; ++v) result.potential[v] = simplex.potential(graph.nodeFromId(v));
  }
  result.status = FlowStatus::optimal;
  for (std::size_t i = 0; i < m; ++i) result.cost += TotalCost{flow[i]} * problem.arcs[i].cost;
  result.flow = std::move(flow);
  return result;
}

std::string check_optimality(const MinCostFlowProblem& problem, const MinCostFlowResult& result) {
  if (result.status != FlowStatus::optimal) return "result is not marked optimal";
  const int n = problem.node_count();
  if (result.flow.size() != problem.arcs.size()) return "flow vector has the wrong size";
  if (result.potential.size() != static_cast<std::size_t>(n)) return "potential vector has the wrong size";
  std::vector<TotalCost> excess(problem.supply.begin(), problem.supply.end());
  TotalCost total = 0;
  for (std::size_t i = 0; i < problem.arcs.size(); ++i) {
    const FlowArc& a = problem.arcs[i];
    const FlowAmount f = result.flow[i];
    const std::string arc = "arc " + std::to_string(i);
    if (f < a.lower || f > a.upper) return arc + ": flow outside its bounds";
    excess[a.from] -= f;
    excess[a.to] += f;
    total += TotalCost{f} * a.cost;
    const TotalCost reduced = TotalCost{a.cost} + result.potential[a.from] - result.potential[a.to];
    if (reduced > 0 && f != a.lower) return arc + ": positive reduced cost but flow above lower bound";
    if (reduced < 0 && f != a.upper) return arc + ": negative reduced cost but flow below upper bound";
  }
  for (int v = 0; v < n; ++v) {
    if (excess[v] != 0) return "node " + std::to_string(v) + ": flow not conserved";
  }
  if (total != result.cost) return "reported cost " + to_string(result.cost) + " but flows cost " + to_string(total);
  return {};
}

std::string to_string(TotalCost value) {
  if (value == 0) return "0";
  const bool negative = value < 0;
  std::string digits;
  while (value != 0) {
    const int d = static_cast<int>(value % 10);
    digits.push_back(static_cast<char>('0' + (negative ? -d : d)));
    value /= 10;
  }
  if (negative) digits.push_back('-');
  return {digits.rbegin(), digits.rend()};
}

}  // namespace bosai::routing::flow
