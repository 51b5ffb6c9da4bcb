// Protects what `bosai solve cvrp|vrptw` promises on every shipped benchmark instance: all customers served once,
// capacities, time windows and route length limits kept, Solomon's fleet size respected and the printed cost
// equal to the route lengths recomputed here from the instance. Short iteration budgets keep the suite fast;
// quality is the benchmark's business (bench/vrp_bench.cpp).
#include "printed_solution_check.h"
#include "routing/vrp/solver.h"
#include "support/cli_runner.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace {

namespace fs = std::filesystem;
namespace vrp = bosai::routing::vrp;
using bosai::test::check_printed_solution;
using bosai::test::parse_printed_solution;
using bosai::test::printed_form;

std::vector<fs::path> instances(const std::string& folder, const std::string& extension) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(bosai::test::shared_data_dir() / "vrp" / folder)) {
    if (e.path().extension() == extension) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string join(const std::vector<std::string>& errors) {
  std::string all;
  for (const auto& e : errors) all += "\n  " + e;
  return all;
}

void solve_all(const std::string& folder, const std::string& extension, vrp::BenchmarkInstance (*read)(const fs::path&),
               bool hard_fleet, std::size_t expected_count) {
  const auto files = instances(folder, extension);
  EXPECT_EQ(files.size(), expected_count);
  for (const auto& file : files) {
    const vrp::BenchmarkInstance instance = read(file);
    vrp::SolveOptions options;
    options.max_iterations = 200;
    options.time_limit_seconds = 60;
    const vrp::Solution solution = vrp::solve(instance.problem, options);
    EXPECT_EQ(solution.iterations, 200) << file;
    const auto errors = check_printed_solution(instance, printed_form(instance, solution), hard_fleet);
    EXPECT_TRUE(errors.empty()) << file << join(errors);
  }
}

}  // namespace

TEST(BenchmarkSolutions, EveryCvrplibInstanceGetsAValidSolution) {
  BOSAI_REQUIRE_SHARED("vrp/cvrp");
  solve_all("cvrp", ".vrp", vrp::read_cvrplib, false, 100);
}

TEST(BenchmarkSolutions, EverySolomonInstanceGetsAValidSolutionWithinItsFleet) {
  BOSAI_REQUIRE_SHARED("vrp/vrptw-solomon");
  solve_all("vrptw-solomon", ".txt", vrp::read_solomon, true, 56);
}

TEST(BenchmarkSolutions, CliOutputIsValidForAHandfulOfInstances) {
  BOSAI_REQUIRE_SHARED("vrp");
  const fs::path data = bosai::test::shared_data_dir() / "vrp";
  const struct {
    std::string command;
    fs::path file;
  } cases[] = {{"cvrp", data / "cvrp/E-n13-k4.vrp"},  // EXPLICIT LOWER_ROW
               {"cvrp", data / "cvrp/A-n32-k5.vrp"},  // EUC_2D, rounded
               {"cvrp", data / "cvrp/CMT6.vrp"},      // EXACT_2D with route length limit and service time
               {"vrptw", data / "vrptw-solomon/C101.txt"},
               {"vrptw", data / "vrptw-solomon/R202.txt"},
               {"vrptw", data / "vrptw-solomon/RC105.txt"}};
  for (const auto& c : cases) {
    const auto r = bosai::test::run_cli({"solve", c.command, c.file.string(), "--max-iterations", "300", "-q"});
    ASSERT_EQ(r.exit_code, 0) << c.file << r.err;
    const auto instance = c.command == "cvrp" ? vrp::read_cvrplib(c.file) : vrp::read_solomon(c.file);
    const auto printed = parse_printed_solution(r.out);
    ASSERT_GE(printed.cost, 0) << r.out;
    const auto errors = check_printed_solution(instance, printed, c.command == "vrptw");
    EXPECT_TRUE(errors.empty()) << c.file << join(errors) << "\n" << r.out;
  }
}

TEST(BenchmarkSolutions, SameSeedAndIterationBudgetGiveTheSameSolution) {
  BOSAI_REQUIRE_SHARED("vrp/vrptw-solomon/RC101.txt");
  const auto file = (bosai::test::shared_data_dir() / "vrp/vrptw-solomon/RC101.txt").string();
  const std::vector<std::string> args{"solve", "vrptw", file, "--max-iterations", "2000", "--seed", "7", "-q"};
  const auto first = bosai::test::run_cli(args);
  const auto second = bosai::test::run_cli(args);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, second.out);
}
