#pragma once
#include "routing/vrp/problem.h"
#include "routing/vrp/solution.h"

#include <filesystem>
#include <ostream>
#include <string>

namespace bosai::routing::vrp {

// A published benchmark instance turned into a Problem. Job ids are the customer numbers the instance's own
// solution files use, so our output can be compared with theirs line by line.
struct BenchmarkInstance {
  std::string name;
  Problem problem;
  bool integral_costs = false;  // TSPLIB rounded distances: print costs without decimals
  // The file's fleet size. Solomon's is a hard limit (Problem::vehicles has exactly that many); CVRPLIB's
  // VEHICLES is a target the search meets whenever it can, extra vehicles being costly (see read_cvrplib).
  Index vehicle_limit = 0;
};

// What the benchmarks score: the total length of the routes, without the fixed costs that keep a CVRP fleet
// within its target size.
Cost travel_cost(const Problem& problem, const Solution& solution);

// CVRPLIB / TSPLIB .vrp: EUC_2D (rounded), CEIL_2D, EXACT_2D (unrounded, CMT), ATT, or EXPLICIT matrices in any
// of the triangular/full formats; optional VEHICLES (fleet size), DISTANCE (route length limit) and
// SERVICE_TIME as in the CMT files. Without VEHICLES the fleet is one vehicle per customer. Customers are numbered 1.. in file order, skipping the depot.
// Throws InputError naming the file and line of anything malformed.
BenchmarkInstance read_cvrplib(const std::filesystem::path& file);

// Solomon VRPTW text format; distances and travel times are unrounded Euclidean, the fleet is the file's
// vehicle count. Customers keep their CUST NO.
BenchmarkInstance read_solomon(const std::filesystem::path& file);

// CVRPLIB .sol form: "Route #1: 3 5 9" lines, then "Cost N" with N = travel_cost, to the unit on rounded
// TSPLIB distances and with every significant digit otherwise, so that a checker recomputing it agrees.
void write_cvrplib_solution(std::ostream& out, const BenchmarkInstance& instance, const Solution& solution);

}  // namespace bosai::routing::vrp
