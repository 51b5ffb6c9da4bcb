// Protects the specialised assignment solver (successive shortest paths on the shelter graph): it reaches
// LEMON's optimum on random instances of every shape (tight and loose capacities, care rule, ties, people left
// unplaced), a warm re-solve after a random edit reaches the cold optimum whatever the hint, prices are
// complementary to the loads, and a cancelled Progress stops it.
#include "routing/assignment/assign.h"
#include "routing/assignment/assignment_network.h"
#include "routing/flow/min_cost_flow.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace as = bosai::routing::assignment;
namespace flow = bosai::routing::flow;

namespace {

struct Instance {
  std::vector<as::PopulationUnit> units;
  std::vector<as::ShelterSlot> shelters;
  std::vector<as::Candidate> candidates;
  as::AssignmentOptions options{1000};
};

class Random {
 public:
  explicit Random(std::uint32_t seed) : rng_(seed) {}
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool one_in(int n) { return pick(1, n) == 1; }

 private:
  std::mt19937 rng_;
};

// Units and shelters on a line so that nearby shelters compete for the same people; distances come in coarse
// steps so that ties between trips are common (the case that breaks a careless potential update).
Instance random_instance(Random& r) {
  Instance in;
  const int shelters = r.pick(1, 12);
  const int units = r.pick(1, 120);
  const int step = r.one_in(2) ? 100 : 7;
  for (int s = 0; s < shelters; ++s) {
    in.shelters.push_back({"s" + std::to_string(s), {}, r.pick(0, 6) == 0 ? 0 : r.pick(1, 40), r.one_in(3)});
  }
  std::vector<int> shelter_at(shelters), unit_at(units);
  for (int& x : shelter_at) x = r.pick(0, 40);
  for (int i = 0; i < units; ++i) {
    unit_at[i] = r.pick(0, 40);
    in.units.push_back({"u" + std::to_string(i), {}, r.pick(0, 9), r.one_in(6)});
  }
  for (int i = 0; i < units; ++i) {
    for (int s = 0; s < shelters; ++s) {
      const int d = std::abs(unit_at[i] - shelter_at[s]) * step + r.pick(0, 2) * step / 2;
      if (d <= 1300 && !r.one_in(5)) in.candidates.push_back({i, s, d + 0.05 * r.pick(0, 1)});
    }
  }
  return in;
}

// The edits a drill makes, at random: shelters closed or resized, trips removed or made longer or shorter,
// units growing, shrinking or arriving.
Instance edited(const Instance& before, Random& r) {
  Instance in = before;
  for (auto& s : in.shelters) {
    if (r.one_in(6)) s.capacity = 0;
    else if (r.one_in(5)) s.capacity = std::max(0, static_cast<int>(s.capacity) + r.pick(-10, 10));
  }
  std::vector<as::Candidate> kept;
  for (as::Candidate c : in.candidates) {
    if (r.one_in(10)) continue;
    if (r.one_in(8)) c.distance_m = std::max(0.0, c.distance_m + r.pick(-300, 300));
    kept.push_back(c);
  }
  for (auto& u : in.units) {
    if (r.one_in(8)) u.count = std::max(0, static_cast<int>(u.count) + r.pick(-3, 5));
  }
  const int arrivals = r.pick(0, 10);
  for (int k = 0; k < arrivals; ++k) {
    const int unit = static_cast<int>(in.units.size());
    in.units.push_back({"new" + std::to_string(k), {}, r.pick(1, 9), r.one_in(6)});
    for (int s = 0; s < static_cast<int>(in.shelters.size()); ++s) {
      if (r.one_in(2)) kept.push_back({unit, s, static_cast<double>(r.pick(0, 1200))});
    }
  }
  in.candidates = std::move(kept);
  return in;
}

// The objective the network minimises, from an answer: decimetres walked plus the penalty per person who had a
// shelter in reach and was left out.
flow::TotalCost objective(const as::AssignmentNetwork& net, const as::AssignmentResult& r) {
  flow::TotalCost total = 0;
  for (const auto& f : r.flows) total += flow::TotalCost{f.count} * std::llround(f.distance_m * 10);
  for (const auto& u : r.unplaced) {
    if (u.reason == as::UnplacedReason::no_capacity) total += flow::TotalCost{u.count} * net.penalty;
  }
  return total;
}

// LEMON's network simplex on the same network: the reference optimum.
flow::TotalCost lemon_optimum(const Instance& in) {
  const auto net = as::build_assignment_network(in.units, in.shelters, in.candidates, in.options);
  const auto solved = flow::solve_min_cost_flow(net.problem);
  EXPECT_EQ(solved.status, flow::FlowStatus::optimal);
  return solved.cost;
}

void expect_prices_fit_loads(const Instance& in, const as::AssignmentResult& r) {
  ASSERT_EQ(r.shelter_price.size(), in.shelters.size());
  for (std::size_t s = 0; s < in.shelters.size(); ++s) {
    if (r.shelter_price[s] > 0) EXPECT_EQ(r.shelter_load[s], in.shelters[s].capacity) << "a priced shelter is full";
  }
}

}  // namespace

TEST(ShelterGraphSolver, ReachesNetworkSimplexOptimumOnRandomInstances) {
  for (std::uint32_t seed = 1; seed <= 300; ++seed) {
    Random r(seed);
    const Instance in = random_instance(r);
    const auto net = as::build_assignment_network(in.units, in.shelters, in.candidates, in.options);
    const auto got = as::assign_to_shelters(in.units, in.shelters, in.candidates, in.options);
    ASSERT_EQ(objective(net, got), lemon_optimum(in)) << "seed " << seed;
    expect_prices_fit_loads(in, got);
  }
}

TEST(ShelterGraphSolver, WarmResolveAfterRandomEditsGivesTheColdOptimum) {
  for (std::uint32_t seed = 1; seed <= 300; ++seed) {
    Random r(seed * 7919);
    Instance in = random_instance(r);
    as::AssignmentResult previous = as::assign_to_shelters(in.units, in.shelters, in.candidates, in.options);
    for (int inject = 0; inject < 3; ++inject) {  // a drill edits again and again from the last answer
      in = edited(in, r);
      const auto net = as::build_assignment_network(in.units, in.shelters, in.candidates, in.options);
      const auto cold = as::assign_to_shelters(in.units, in.shelters, in.candidates, in.options);
      const auto warm = as::reassign_to_shelters(in.units, in.shelters, in.candidates, in.options, previous,
                                                 bosai::no_progress());
      ASSERT_EQ(objective(net, cold), lemon_optimum(in)) << "seed " << seed;
      ASSERT_EQ(objective(net, warm), objective(net, cold)) << "seed " << seed << ", inject " << inject;
      ASSERT_EQ(warm.placed, cold.placed);
      expect_prices_fit_loads(in, warm);
      previous = warm;
    }
  }
}

TEST(ShelterGraphSolver, AnUnrelatedHintStillGivesTheOptimum) {
  Random r(4242);
  const Instance other = random_instance(r);
  const auto stale = as::assign_to_shelters(other.units, other.shelters, other.candidates, other.options);
  as::AssignmentResult garbage = stale;
  for (auto& p : garbage.shelter_price) p = r.pick(-100000, 100000);
  for (auto& f : garbage.flows) f.count *= 3, f.shelter += r.pick(-2, 2);
  garbage.flows.push_back({-5, 1 << 30, 7, 1.0});
  for (std::uint32_t seed = 1; seed <= 100; ++seed) {
    Random rs(seed + 1000);
    const Instance in = random_instance(rs);
    const auto net = as::build_assignment_network(in.units, in.shelters, in.candidates, in.options);
    const as::AssignmentResult* hints[] = {&stale, &garbage};
    for (const as::AssignmentResult* hint : hints) {
      const auto warm = as::reassign_to_shelters(in.units, in.shelters, in.candidates, in.options, *hint,
                                                 bosai::no_progress());
      ASSERT_EQ(objective(net, warm), lemon_optimum(in)) << "seed " << seed;
    }
  }
}

TEST(ShelterGraphSolver, PricesTellWhichShelterIsTheBottleneck) {
  // Both units prefer the near shelter (5 places). One of them walks on to the far one: the near place is worth
  // the extra walk of the unit that moves most cheaply (b: 1000 − 100 = 900 m = 9,000 dm).
  const std::vector<as::PopulationUnit> units{{"a", {}, 5, false}, {"b", {}, 5, false}};
  const std::vector<as::ShelterSlot> shelters{{"near", {}, 5, false}, {"far", {}, 50, false}};
  const std::vector<as::Candidate> candidates{{0, 0, 10}, {0, 1, 1990}, {1, 0, 100}, {1, 1, 1000}};
  const auto r = as::assign_to_shelters(units, shelters, candidates, {2000});
  EXPECT_EQ(r.shelter_load, (std::vector<std::int64_t>{5, 5}));
  EXPECT_EQ(r.shelter_price[1], 0);
  EXPECT_EQ(r.shelter_price[0], 9000);
}

namespace {

// Records what the solver reports and cancels once it has started assigning.
class CancelWhileAssigning : public bosai::Progress {
 public:
  void report(std::string_view stage, double fraction) override {
    stages.emplace_back(stage);
    fractions.push_back(fraction);
    if (stage == "assigning" && cancel_on_assigning) cancel();
  }
  bool cancel_on_assigning = false;
  std::vector<std::string> stages;
  std::vector<double> fractions;
};

// 400 single-person units all nearest to one small shelter: hundreds of augmentations.
Instance crowded() {
  Instance in;
  in.options.max_walk_m = 2000;
  in.shelters = {{"small", {}, 10, false}, {"big", {}, 1000, false}};
  for (int i = 0; i < 400; ++i) {
    in.units.push_back({"u" + std::to_string(i), {}, 1, false});
    in.candidates.push_back({i, 0, 10.0 + i});
    in.candidates.push_back({i, 1, 900.0 + (i * 37) % 400});
  }
  return in;
}

}  // namespace

TEST(ShelterGraphSolver, ReportsProgressAndStopsWhenCancelled) {
  const Instance in = crowded();
  CancelWhileAssigning watch;
  const auto r = as::assign_to_shelters(in.units, in.shelters, in.candidates, in.options, watch);
  EXPECT_EQ(r.placed, 400);
  ASSERT_GE(watch.stages.size(), 3u);
  EXPECT_EQ(watch.stages.front(), "building");
  EXPECT_EQ(watch.stages.back(), "checking");
  for (std::size_t i = 1; i < watch.fractions.size(); ++i) {
    EXPECT_GE(watch.fractions[i], 0.0);
    EXPECT_LE(watch.fractions[i], 1.0);
    if (watch.stages[i] == watch.stages[i - 1]) EXPECT_GE(watch.fractions[i], watch.fractions[i - 1]);
  }

  CancelWhileAssigning cancel;
  cancel.cancel_on_assigning = true;
  EXPECT_THROW(as::assign_to_shelters(in.units, in.shelters, in.candidates, in.options, cancel), bosai::Cancelled);

  CancelWhileAssigning before;
  before.cancel();
  EXPECT_THROW(as::reassign_to_shelters(in.units, in.shelters, in.candidates, in.options, r, before), bosai::Cancelled);
}
