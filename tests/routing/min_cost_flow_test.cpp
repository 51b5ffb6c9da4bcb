// Protects the exactness of the min-cost flow solver: it must agree with exhaustive enumeration on every
// small instance (lower bounds, negative costs, loops, infeasible supplies) and prove each optimum.
#include "routing/flow/min_cost_flow.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <random>

namespace flow = bosai::routing::flow;

namespace {

// The true optimum by trying every integral flow: independent of any flow algorithm.
std::optional<flow::TotalCost> brute_force(const flow::MinCostFlowProblem& p) {
  std::optional<flow::TotalCost> best;
  std::vector<flow::FlowAmount> f(p.arcs.size());
  std::function<void(std::size_t)> go = [&](std::size_t i) {
    if (i == p.arcs.size()) {
      std::vector<flow::FlowAmount> excess(p.supply);
      flow::TotalCost cost = 0;
      for (std::size_t k = 0; k < f.size(); ++k) {
        excess[p.arcs[k].from] -= f[k];
        excess[p.arcs[k].to] += f[k];
        cost += flow::TotalCost{f[k]} * p.arcs[k].cost;
      }
      for (auto e : excess) {
        if (e != 0) return;
      }
      if (!best || cost < *best) best = cost;
      return;
    }
    for (f[i] = p.arcs[i].lower; f[i] <= p.arcs[i].upper; ++f[i]) go(i + 1);
  };
  go(0);
  return best;
}

flow::MinCostFlowProblem random_problem(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  flow::MinCostFlowProblem p;
  const int n = pick(1, 4);
  flow::FlowAmount balance = 0;
  for (int v = 0; v < n; ++v) balance += p.supply[p.add_node(pick(-3, 3))];
  if (pick(0, 4) > 0) p.supply.back() -= balance;  // mostly balanced, so most instances have an optimum
  const int m = pick(0, 5);
  for (int k = 0; k < m; ++k) {
    const int lower = pick(-2, 2);
    p.add_arc(pick(0, n - 1), pick(0, n - 1), lower, lower + pick(-1, 3), pick(-6, 6));
  }
  return p;
}

}  // namespace

TEST(MinCostFlow, MatchesExhaustiveEnumerationOnRandomSmallProblems) {
  std::mt19937 rng(20261123);
  int feasible = 0;
  for (int round = 0; round < 6000; ++round) {
    const auto p = random_problem(rng);
    const auto expected = brute_force(p);
    const auto got = flow::solve_min_cost_flow(p);
    ASSERT_EQ(got.status == flow::FlowStatus::optimal, expected.has_value()) << "round " << round;
    if (!expected) continue;
    ++feasible;
    ASSERT_EQ(flow::to_string(got.cost), flow::to_string(*expected)) << "round " << round;
    ASSERT_EQ(flow::check_optimality(p, got), "") << "round " << round;
  }
  EXPECT_GT(feasible, 800);  // the generator must exercise optima, not only infeasibility
}

TEST(MinCostFlow, LowerBoundForcesFlowAroundACycle) {
  flow::MinCostFlowProblem p;
  p.add_node();
  p.add_node();
  p.add_arc(0, 1, 2, 5, 3);
  p.add_arc(1, 0, 0, 10, 1);
  const auto r = flow::solve_min_cost_flow(p);
  ASSERT_EQ(r.status, flow::FlowStatus::optimal);
  EXPECT_EQ(r.flow, (std::vector<flow::FlowAmount>{2, 2}));
  EXPECT_EQ(flow::to_string(r.cost), "8");
}

TEST(MinCostFlow, NegativeLoopRunsAtItsUpperBound) {
  flow::MinCostFlowProblem p;
  p.add_node();
  p.add_arc(0, 0, -1, 4, -2);
  p.add_arc(0, 0, -3, 4, 5);
  const auto r = flow::solve_min_cost_flow(p);
  ASSERT_EQ(r.status, flow::FlowStatus::optimal);
  EXPECT_EQ(r.flow, (std::vector<flow::FlowAmount>{4, -3}));
  EXPECT_EQ(flow::to_string(r.cost), "-23");
  EXPECT_EQ(flow::check_optimality(p, r), "");
}

TEST(MinCostFlow, UnbalancedSuppliesAndCrossedBoundsAreInfeasible) {
  flow::MinCostFlowProblem unbalanced;
  unbalanced.add_node(1);
  unbalanced.add_node(0);
  unbalanced.add_arc(0, 1, 0, 5, 1);
  EXPECT_EQ(flow::solve_min_cost_flow(unbalanced).status, flow::FlowStatus::infeasible);

  flow::MinCostFlowProblem crossed;
  crossed.add_node();
  crossed.add_node();
  crossed.add_arc(0, 1, 3, 2, 1);
  crossed.add_arc(1, 0, 0, 5, 1);
  EXPECT_EQ(flow::solve_min_cost_flow(crossed).status, flow::FlowStatus::infeasible);

  flow::MinCostFlowProblem too_narrow;  // balanced, but the only arc cannot carry it
  too_narrow.add_node(5);
  too_narrow.add_node(-5);
  too_narrow.add_arc(0, 1, 0, 4, 1);
  EXPECT_EQ(flow::solve_min_cost_flow(too_narrow).status, flow::FlowStatus::infeasible);
}

TEST(MinCostFlow, TotalsBeyondSixtyFourBitsAreExact) {
  // 20 arcs × 10^9 units × −10^9 = −2·10^19, below INT64_MIN.
  flow::MinCostFlowProblem p;
  const auto s = p.add_node(20'000'000'000);
  const auto t = p.add_node(-20'000'000'000);
  for (int k = 0; k < 20; ++k) p.add_arc(s, t, 0, 1'000'000'000, -1'000'000'000);
  const auto r = flow::solve_min_cost_flow(p);
  ASSERT_EQ(r.status, flow::FlowStatus::optimal);
  EXPECT_EQ(flow::to_string(r.cost), "-20000000000000000000");
  EXPECT_EQ(flow::check_optimality(p, r), "");
}

TEST(MinCostFlow, CertificateCheckRejectsASuboptimalFlow) {
  flow::MinCostFlowProblem p;
  p.add_node(1);
  p.add_node(-1);
  p.add_arc(0, 1, 0, 1, 1);
  p.add_arc(0, 1, 0, 1, 5);
  auto r = flow::solve_min_cost_flow(p);
  ASSERT_EQ(flow::check_optimality(p, r), "");
  r.flow = {0, 1};  // feasible but dearer
  r.cost = 5;
  EXPECT_NE(flow::check_optimality(p, r), "");
}

TEST(MinCostFlow, PrintsSignedTotals) {
  EXPECT_EQ(flow::to_string(0), "0");
  EXPECT_EQ(flow::to_string(flow::TotalCost{-904526281} * 1'000'000'000'000), "-904526281000000000000");
}
