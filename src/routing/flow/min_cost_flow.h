#pragma once
#include "routing/flow/min_cost_flow_problem.h"
#include "routing/flow/min_cost_flow_result.h"

#include <string>

namespace bosai::routing::flow {

// Exact min-cost b-flow (LEMON network simplex underneath). Lower bounds are removed by the usual
// transformation (ship the lower bound first, adjust the supplies), self-loops are settled directly.
// Throws InputError when numbers are too large for exact 64-bit pivoting (|cost| × nodes ≥ 2^60 or a
// capacity range ≥ 2^62); every instance with |cost|, |bounds|, |supply| ≤ 10^12 and up to 10^5 nodes is fine.
MinCostFlowResult solve_min_cost_flow(const MinCostFlowProblem& problem);

// Verifies a claimed optimum independently of the solver: bounds, conservation, the total, and the dual
// certificate (complementary slackness). Returns an empty string when the result is a proven optimum,
// otherwise what is wrong.
std::string check_optimality(const MinCostFlowProblem& problem, const MinCostFlowResult& result);

std::string to_string(TotalCost value);

}  // namespace bosai::routing::flow
