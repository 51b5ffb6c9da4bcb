// Protects the shelter assignment's promises: most people placed first, then fewest person-metres
// (checked against enumeration of every integral assignment), capacities, the maximum walk, the
// 福祉避難所 rule, and the reason given for everyone left unplaced.
#include "routing/assignment/assign.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <random>

namespace as = bosai::routing::assignment;

namespace {

struct Best {
  std::int64_t placed = -1;
  std::int64_t decimetres = 0;
};

bool usable(const as::PopulationUnit& u, const as::ShelterSlot& s, const as::Candidate& c, double max_walk) {
  return c.distance_m <= max_walk && (!u.needs_care || s.accepts_care);
}

// Every way to split every unit over its usable candidates (the rest unplaced), lexicographically best.
Best brute_force(const std::vector<as::PopulationUnit>& units, const std::vector<as::ShelterSlot>& shelters,
                 const std::vector<as::Candidate>& candidates, double max_walk) {
  Best best;
  std::vector<std::int64_t> load(shelters.size(), 0);
  std::vector<std::int64_t> left;
  for (const auto& u : units) left.push_back(u.count);
  std::function<void(std::size_t, std::int64_t, std::int64_t)> go = [&](std::size_t k, std::int64_t placed,
                                                                         std::int64_t dm) {
    if (k == candidates.size()) {
      if (placed > best.placed || (placed == best.placed && dm < best.decimetres)) best = {placed, dm};
      return;
    }
    const auto& c = candidates[k];
    go(k + 1, placed, dm);
    if (!usable(units[c.unit], shelters[c.shelter], c, max_walk)) return;
    const std::int64_t d = std::llround(c.distance_m * 10);
    for (std::int64_t n = 1; n <= left[c.unit] && load[c.shelter] + n <= shelters[c.shelter].capacity; ++n) {
      left[c.unit] -= n;
      load[c.shelter] += n;
      go(k + 1, placed + n, dm + n * d);
      left[c.unit] += n;
      load[c.shelter] -= n;
    }
  };
  go(0, 0, 0);
  return best;
}

}  // namespace

TEST(ShelterAssignment, MatchesEnumerationOfAllAssignments) {
  std::mt19937 rng(7);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int round = 0; round < 400; ++round) {
    std::vector<as::PopulationUnit> units(pick(1, 3));
    for (std::size_t i = 0; i < units.size(); ++i) units[i] = {"u" + std::to_string(i), {}, pick(0, 3), pick(0, 3) == 0};
    std::vector<as::ShelterSlot> shelters(pick(1, 3));
    for (std::size_t s = 0; s < shelters.size(); ++s) shelters[s] = {"s" + std::to_string(s), {}, pick(0, 4), pick(0, 1) == 1};
    std::vector<as::Candidate> candidates;
    for (int i = 0; i < static_cast<int>(units.size()); ++i) {
      for (int s = 0; s < static_cast<int>(shelters.size()); ++s) {
        if (pick(0, 3) > 0) candidates.push_back({i, s, pick(0, 1500) + 0.25 * pick(0, 3)});
      }
    }
    const double max_walk = 1000;
    const Best expected = brute_force(units, shelters, candidates, max_walk);
    const as::AssignmentResult got = as::assign_to_shelters(units, shelters, candidates, {max_walk});

    std::int64_t dm = 0;
    std::int64_t placed = 0;
    std::vector<std::int64_t> load(shelters.size(), 0), sent(units.size(), 0);
    for (const auto& f : got.flows) {
      ASSERT_LE(f.distance_m, max_walk);
      ASSERT_TRUE(!units[f.unit].needs_care || shelters[f.shelter].accepts_care) << "care rule, round " << round;
      dm += f.count * std::llround(f.distance_m * 10);
      placed += f.count;
      load[f.shelter] += f.count;
      sent[f.unit] += f.count;
    }
    for (const auto& u : got.unplaced) sent[u.unit] += u.count;
    for (std::size_t s = 0; s < shelters.size(); ++s) {
      ASSERT_LE(load[s], shelters[s].capacity);
      ASSERT_EQ(load[s], got.shelter_load[s]);
    }
    for (std::size_t i = 0; i < units.size(); ++i) ASSERT_EQ(sent[i], units[i].count) << "everyone accounted for";
    ASSERT_EQ(placed, expected.placed) << "round " << round;
    ASSERT_EQ(got.placed, expected.placed);
    ASSERT_EQ(dm, expected.decimetres) << "round " << round;
  }
}

TEST(ShelterAssignment, PlacingMorePeopleBeatsShorterWalks) {
  // Unit 0 can use both shelters, unit 1 only the near one. Shortest walks would send unit 0 to the near
  // shelter and leave unit 1 out; the optimum sends unit 0 the long way so both are placed.
  const std::vector<as::PopulationUnit> units{{"a", {}, 5, false}, {"b", {}, 5, false}};
  const std::vector<as::ShelterSlot> shelters{{"near", {}, 5, false}, {"far", {}, 5, false}};
  const std::vector<as::Candidate> candidates{{0, 0, 10}, {0, 1, 1900}, {1, 0, 20}};
  const auto r = as::assign_to_shelters(units, shelters, candidates, {2000});
  EXPECT_EQ(r.placed, 10);
  EXPECT_TRUE(r.unplaced.empty());
  EXPECT_DOUBLE_EQ(r.person_metres, 5 * 1900.0 + 5 * 20.0);
}

TEST(ShelterAssignment, PeopleNeedingCareGoOnlyToCareShelters) {
  const std::vector<as::PopulationUnit> units{{"care", {}, 3, true}, {"other", {}, 2, false}};
  const std::vector<as::ShelterSlot> shelters{{"school", {}, 100, false}, {"fukushi", {}, 2, true}};
  const std::vector<as::Candidate> candidates{{0, 0, 50}, {0, 1, 900}, {1, 0, 800}, {1, 1, 10}};
  const auto r = as::assign_to_shelters(units, shelters, candidates, {1000});
  EXPECT_EQ(r.shelter_load, (std::vector<std::int64_t>{2, 2}));
  ASSERT_EQ(r.unplaced.size(), 1u);
  EXPECT_EQ(r.unplaced[0].unit, 0);
  EXPECT_EQ(r.unplaced[0].count, 1);
  EXPECT_EQ(r.unplaced[0].reason, as::UnplacedReason::no_capacity);
}

TEST(ShelterAssignment, UnplacedPeopleCarryTheirReason) {
  const std::vector<as::PopulationUnit> units{
      {"far", {}, 4, false}, {"care-no-fukushi", {}, 1, true}, {"crowded", {}, 7, false}, {"empty", {}, 0, false}};
  const std::vector<as::ShelterSlot> shelters{{"school", {}, 5, false}};
  const std::vector<as::Candidate> candidates{{0, 0, 2500}, {1, 0, 100}, {2, 0, 100}, {3, 0, 100}};
  const auto r = as::assign_to_shelters(units, shelters, candidates, {2000});
  ASSERT_EQ(r.unplaced.size(), 3u);
  EXPECT_EQ(r.unplaced[0].unit, 0);
  EXPECT_EQ(r.unplaced[0].reason, as::UnplacedReason::out_of_reach);
  EXPECT_EQ(r.unplaced[0].count, 4);
  EXPECT_EQ(r.unplaced[1].unit, 1);
  EXPECT_EQ(r.unplaced[1].reason, as::UnplacedReason::out_of_reach);
  EXPECT_EQ(r.unplaced[2].unit, 2);
  EXPECT_EQ(r.unplaced[2].reason, as::UnplacedReason::no_capacity);
  EXPECT_EQ(r.unplaced[2].count, 2);
  EXPECT_EQ(as::describe(as::UnplacedReason::no_capacity), "no_capacity");
}

TEST(ShelterAssignment, RejectsCandidatesForUnknownUnitsOrShelters) {
  const std::vector<as::PopulationUnit> units{{"a", {}, 1, false}};
  const std::vector<as::ShelterSlot> shelters{{"s", {}, 1, false}};
  EXPECT_THROW(as::assign_to_shelters(units, shelters, {{1, 0, 10}}, {}), std::invalid_argument);
  EXPECT_THROW(as::assign_to_shelters(units, shelters, {{0, 0, -1}}, {}), std::invalid_argument);
  EXPECT_THROW(as::assign_to_shelters(units, shelters, {{0, 0, NAN}}, {}), std::invalid_argument);
}
