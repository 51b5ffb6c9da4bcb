#pragma once
#include <filesystem>
#include <string>

namespace bosai::services {

struct FlowSolveResult {
  bool optimal = false;  // false: no flow meets the supplies and bounds
  std::string cost;      // the exact optimum in decimal (totals pass 64 bits); empty when infeasible
};

// `bosai solve mcf`: a DIMACS min-cost-flow (.min) or assignment (.asn) file, the `p` line deciding which,
// solved exactly. A malformed file is an InputError naming FILE:LINE.
FlowSolveResult solve_dimacs_file(const std::filesystem::path& file);

}  // namespace bosai::services
