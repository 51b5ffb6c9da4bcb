#include "services/flow_solve.h"

#include "routing/flow/dimacs_reader.h"
#include "routing/flow/min_cost_flow.h"

namespace bosai::services {

FlowSolveResult solve_dimacs_file(const std::filesystem::path& file) {
  namespace flow = routing::flow;
  const flow::MinCostFlowResult result = flow::solve_min_cost_flow(flow::read_dimacs(file).problem);
  if (result.status != flow::FlowStatus::optimal) return {};
  return {true, flow::to_string(result.cost)};
}

}  // namespace bosai::services
