// Protects the VRP's promise to stop when told to, in every phase: a deadline that passes while the first
// solution is still being built returns what was built, valid, with the rest reported unassigned for lack
// of time; a cancel returns nothing; and the faster neighbour lists that made this possible keep the order
// the full sort gave. Wall-time figures live in bench/vrp_limits_bench.cpp, not here.
#include "generated_solomon.h"
#include "printed_solution_check.h"
#include "routing/vrp/benchmark_instance.h"
#include "routing/vrp/neighbours.h"
#include "routing/vrp/solver.h"
#include "routing/vrp/validator.h"
#include "support/cli_runner.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace {

namespace vrp = bosai::routing::vrp;
using bosai::test::TempDir;

std::string join(const std::vector<std::string>& errors) {
  std::string all;
  for (const auto& e : errors) all += "\n  " + e;
  return all;
}

// Sets its own deadline to "now" the second time the construction reports, so the cut falls at a known place.
class DeadlineDuringConstruction : public bosai::Progress {
 public:
  void report(std::string_view stage, double fraction) override {
    if (stage == "constructing" && fraction > 0 && fraction < 1) set_deadline(std::chrono::steady_clock::now());
  }
};

class CancelDuringConstruction : public bosai::Progress {
 public:
  void report(std::string_view stage, double fraction) override {
    if (stage == "constructing" && fraction > 0) cancel();
  }
};

vrp::BenchmarkInstance generated(const TempDir& dir, int customers) {
  bosai::test::write_generated_solomon(dir / "generated.txt", customers);
  return vrp::read_solomon(dir / "generated.txt");
}

TEST(VrpTimeLimit, ADeadlineDuringConstructionReturnsAValidPartialSolution) {
  TempDir dir;
  const auto instance = generated(dir, 400);
  DeadlineDuringConstruction progress;
  vrp::SolveOptions options;
  options.time_limit_seconds = 600;
  const vrp::Solution solution = vrp::solve(instance.problem, options, progress);
  EXPECT_TRUE(vrp::validate(instance.problem, solution).ok()) << join(vrp::validate(instance.problem, solution).errors);
  EXPECT_EQ(solution.iterations, 0);
  ASSERT_FALSE(solution.unassigned.empty());
  std::size_t routed = 0;
  for (const auto& r : solution.routes) routed += r.jobs.size();
  EXPECT_GT(routed, 0u);
  EXPECT_EQ(routed + solution.unassigned.size(), instance.problem.jobs.size());
  for (const auto& u : solution.unassigned) EXPECT_EQ(u.reason, vrp::UnassignedReason::kTimeLimit);
}

TEST(VrpTimeLimit, ACancelDuringConstructionThrowsCancelled) {
  TempDir dir;
  const auto instance = generated(dir, 400);
  CancelDuringConstruction progress;
  EXPECT_THROW(vrp::solve(instance.problem, {}, progress), bosai::Cancelled);
}

// A cancel from another thread (a GUI button) while the search runs with a long time limit.
TEST(VrpTimeLimit, ACancelFromAnotherThreadStopsTheSearch) {
  TempDir dir;
  const auto instance = generated(dir, 200);
  struct SearchStarted : bosai::Progress {
    std::mutex mutex;
    std::condition_variable changed;
    bool searching = false;
    void report(std::string_view stage, double) override {
      if (stage != "searching") return;
      std::lock_guard lock(mutex);
      searching = true;
      changed.notify_all();
    }
  } progress;
  std::thread button([&] {
    std::unique_lock lock(progress.mutex);
    progress.changed.wait(lock, [&] { return progress.searching; });
    progress.cancel();
  });
  vrp::SolveOptions options;
  options.time_limit_seconds = 600;
  EXPECT_THROW(vrp::solve(instance.problem, options, progress), bosai::Cancelled);
  button.join();
}

// The CLI on 6,000 customers with one second: whatever it managed is printed as a valid solution, every
// customer it did not reach is listed, and a partial answer says so.
TEST(VrpTimeLimit, CliOnSixThousandCustomersPrintsAValidPossiblyPartialSolution) {
  TempDir dir;
  bosai::test::write_generated_solomon(dir / "generated.txt", 6000);
  const auto r = bosai::test::run_cli({"solve", "vrptw", (dir / "generated.txt").string(), "--time-limit", "1", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto instance = vrp::read_solomon(dir / "generated.txt");
  const auto printed = bosai::test::parse_printed_solution(r.out);
  ASSERT_GE(printed.cost, 0) << r.err;
  const auto errors = bosai::test::check_printed_solution(instance, printed, true, true);
  EXPECT_TRUE(errors.empty()) << join(errors);
  const bool partial = r.out.find("not reached before the time limit") != std::string::npos;
  EXPECT_EQ(partial, r.err.find("the solution is partial") != std::string::npos) << r.err;
}

// k-nearest on demand must give the order a stable sort of the whole row gave (ties by job index), at every
// rank, including past the first k and with unservable jobs left out.
TEST(VrpNeighbours, KNearestKeepsTheFullSortOrder) {
  vrp::Problem p;
  const vrp::Index n = 150;
  p.costs = vrp::Matrix(n + 1);
  std::mt19937 rng(3);
  for (vrp::Index a = 0; a <= n; ++a) {
    for (vrp::Index b = 0; b <= n; ++b) p.costs.at(a, b) = static_cast<double>(rng() % 20);  // many ties
  }
  p.durations = p.costs;
  for (vrp::Index j = 0; j < n; ++j) {
    vrp::Job job;
    job.id = std::to_string(j);
    job.location = j + 1;
    job.delivery = {j % 17 == 0 ? 1000 : 1};  // some too big for any vehicle: unservable
    p.jobs.push_back(job);
  }
  vrp::Vehicle v;
  v.capacity = {100};
  v.shift = {0, 1e9};
  p.vehicles.push_back(v);
  const vrp::SearchData data(p);
  vrp::Neighbours neighbours(data);
  for (vrp::Index j = 0; j < n; j += 7) {
    std::vector<vrp::Index> expected;
    for (vrp::Index k = 0; k < n; ++k) {
      if (k != j && !data.unservable[k]) expected.push_back(k);
    }
    std::stable_sort(expected.begin(), expected.end(), [&](vrp::Index a, vrp::Index b) {
      return p.costs(p.jobs[j].location, p.jobs[a].location) < p.costs(p.jobs[j].location, p.jobs[b].location);
    });
    for (std::size_t rank = 0; rank < expected.size(); ++rank) {
      ASSERT_EQ(neighbours.nth(j, rank), expected[rank]) << "job " << j << " rank " << rank;
    }
    EXPECT_EQ(neighbours.nth(j, expected.size()), vrp::kNone);
  }
}

}  // namespace
