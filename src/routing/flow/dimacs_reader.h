#pragma once
#include "routing/flow/min_cost_flow_problem.h"

#include <filesystem>

namespace bosai::routing::flow {

// DIMACS network files as the benchmark libraries publish them (1-based node ids become 0-based):
//   .min  `p min N M`, `n id supply`, `a u v low cap cost` (low may be negative), `c` comments
//   .asn  `p asn N M`, `n id` for each source-side node, `a u v cost` from a source-side node to a
//         sink-side node; the problem is a minimum-cost perfect matching (every node matched once),
//         written as a flow problem with supply 1 / demand 1 and unit arcs.
// Node lines come before arc lines. Any malformed line is an InputError naming FILE:LINE.
enum class DimacsKind { min, asn };

struct DimacsInstance {
  DimacsKind kind = DimacsKind::min;
  MinCostFlowProblem problem;
};

DimacsInstance read_dimacs(const std::filesystem::path& file);  // kind from the `p` line
MinCostFlowProblem read_dimacs_min(const std::filesystem::path& file);
MinCostFlowProblem read_dimacs_asn(const std::filesystem::path& file);

}  // namespace bosai::routing::flow
