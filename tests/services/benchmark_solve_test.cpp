// Protects the `solve cvrp|vrptw` use case below the CLI: the plain result agrees with its own CVRPLIB .sol
// text (every customer once, the cost line matching), a time limit that passes at once still gives a valid,
// partial answer (the limit covers reading the file), and a CVRPLIB fleet that is too small is noted.
#include "services/benchmark_solve.h"

#include "../routing/generated_solomon.h"
#include "core/progress.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <sstream>

namespace bosai {
namespace {

services::BenchmarkRequest solomon(const test::TempDir& dir, int customers) {
  test::write_generated_solomon(dir / "generated.txt", customers);
  services::BenchmarkRequest request;
  request.file = dir / "generated.txt";
  request.format = services::BenchmarkFormat::solomon;
  return request;
}

// The .sol text as the routes it lists and its cost line.
std::vector<std::vector<std::string>> sol_routes(const std::string& text, std::string& cost) {
  std::vector<std::vector<std::string>> routes;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string first;
    words >> first;
    if (first == "Cost") {
      words >> cost;
      continue;
    }
    std::string number;
    words >> number;  // "#1:"
    auto& route = routes.emplace_back();
    for (std::string job; words >> job;) route.push_back(job);
  }
  return routes;
}

TEST(BenchmarkSolve, TheResultAndItsSolFileAgree) {
  test::TempDir dir;
  auto request = solomon(dir, 30);
  request.time_limit_seconds = 60;
  request.max_iterations = 200;
  const auto solution = services::solve_benchmark(request, no_progress());
  EXPECT_EQ(solution.name, "GEN30");
  EXPECT_FALSE(solution.partial);
  EXPECT_EQ(solution.iterations, 200);
  EXPECT_EQ(solution.vehicle_limit, 3);
  std::string cost;
  const auto listed = sol_routes(solution.cvrplib_solution, cost);
  ASSERT_EQ(listed.size(), solution.routes.size()) << solution.cvrplib_solution;
  std::set<std::string> served;
  double sum = 0;
  for (std::size_t r = 0; r < listed.size(); ++r) {
    EXPECT_EQ(listed[r], solution.routes[r].jobs);
    for (const auto& job : listed[r]) EXPECT_TRUE(served.insert(job).second) << job << " served twice";
    sum += solution.routes[r].cost;
  }
  // Three vehicles need not reach every window: whoever is left out is listed, for a reason other than time.
  for (const auto& u : solution.unassigned) {
    EXPECT_TRUE(served.insert(u.job).second) << u.job << " both routed and unassigned";
    EXPECT_EQ(u.reason.find("time limit"), std::string::npos) << u.reason;
  }
  EXPECT_EQ(served.size(), 30u);
  EXPECT_NEAR(sum, solution.cost, 1e-6);
  char expected[64];
  std::snprintf(expected, sizeof expected, "%.10g", solution.cost);
  EXPECT_EQ(cost, expected);
}

TEST(BenchmarkSolve, ALimitPassedWhileReadingGivesAValidPartialAnswer) {
  test::TempDir dir;
  auto request = solomon(dir, 400);
  request.time_limit_seconds = 1e-9;
  Progress progress;
  const auto solution = services::solve_benchmark(request, progress);
  EXPECT_TRUE(progress.deadline_passed());
  EXPECT_TRUE(solution.partial);
  ASSERT_FALSE(solution.unassigned.empty());
  std::size_t routed = 0;
  for (const auto& route : solution.routes) routed += route.jobs.size();
  EXPECT_EQ(routed + solution.unassigned.size(), 400u);
  for (const auto& u : solution.unassigned) EXPECT_EQ(u.reason, "not reached before the time limit (partial solution)");
  EXPECT_NE(solution.cvrplib_solution.find("Cost "), std::string::npos);
}

TEST(BenchmarkSolve, MoreRoutesThanTheCvrplibFleetIsNoted) {
  test::TempDir dir;
  // Three customers of 6 on trucks of 10: three routes, where the name asks for one.
  test::write_file(dir / "tiny-n4-k1.vrp",
                   "NAME : tiny-n4-k1\nTYPE : CVRP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\n"
                   "NODE_COORD_SECTION\n1 0 0\n2 10 0\n3 0 10\n4 10 10\n"
                   "DEMAND_SECTION\n1 0\n2 6\n3 6\n4 6\nDEPOT_SECTION\n1\n-1\nEOF\n");
  services::BenchmarkRequest request;
  request.file = dir / "tiny-n4-k1.vrp";
  request.max_iterations = 50;
  const auto solution = services::solve_benchmark(request, no_progress());
  EXPECT_EQ(solution.vehicle_limit, 1);
  ASSERT_EQ(solution.routes.size(), 3u);
  EXPECT_NE(solution.fleet_note.find("3 routes"), std::string::npos) << solution.fleet_note;
  // Rounded TSPLIB distances 2×10 + 2×10 + 2×14, each route's cost without its fixed cost.
  EXPECT_DOUBLE_EQ(solution.cost, 68);
  double sum = 0;
  for (const auto& route : solution.routes) sum += route.cost;
  EXPECT_DOUBLE_EQ(sum, 68);
  EXPECT_NE(solution.cvrplib_solution.find("\nCost 68\n"), std::string::npos) << solution.cvrplib_solution;
}

}  // namespace
}  // namespace bosai
