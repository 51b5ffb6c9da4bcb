// Protects re-planning as the supply planner uses it: starting from the previous routes with a price on moving a
// job to another vehicle, a breakdown only moves the broken vehicle's jobs; everyone else keeps their vehicle.
#include "routing/vrp/benchmark_instance.h"
#include "routing/vrp/solver.h"
#include "routing/vrp/validator.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

namespace vrp = bosai::routing::vrp;

TEST(Replan, BrokenVehicleMovesOnlyItsOwnJobs) {
  BOSAI_REQUIRE_SHARED("vrp/vrptw-solomon/R101.txt");
  vrp::BenchmarkInstance instance = vrp::read_solomon(bosai::test::shared_data_dir() / "vrp/vrptw-solomon/R101.txt");
  vrp::Problem& problem = instance.problem;
  vrp::SolveOptions options;
  options.max_iterations = 500;
  options.time_limit_seconds = 60;
  const vrp::Solution first = vrp::solve(problem, options);
  ASSERT_TRUE(vrp::validate(problem, first).ok());
  ASSERT_TRUE(first.unassigned.empty());

  options.initial_routes.assign(problem.vehicles.size(), {});
  for (const vrp::Route& r : first.routes) {
    options.initial_routes[r.vehicle] = r.jobs;
    for (vrp::Index j : r.jobs) problem.jobs[j].previous_vehicle = r.vehicle;
  }
  problem.reassignment_penalty = 1000;
  const vrp::Index broken = first.routes.front().vehicle;
  problem.vehicles[broken].shift.end = problem.vehicles[broken].shift.start;  // cannot leave the depot any more

  const vrp::Solution second = vrp::solve(problem, options);
  ASSERT_TRUE(vrp::validate(problem, second).ok());
  EXPECT_TRUE(second.unassigned.empty());
  for (const vrp::Route& r : second.routes) {
    EXPECT_NE(r.vehicle, broken);
    for (vrp::Index j : r.jobs) {
      if (problem.jobs[j].previous_vehicle != broken) {
        EXPECT_EQ(r.vehicle, problem.jobs[j].previous_vehicle) << "job " << problem.jobs[j].id << " moved";
      }
    }
  }
}
