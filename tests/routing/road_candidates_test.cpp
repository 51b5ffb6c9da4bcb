// Protects road_candidates: trips are network distances within the maximum walk, measured from the unit
// to the shelter — also when one-way roads make the way back longer (the from-the-shelters shortcut must
// only be taken on two-way networks).
#include "routing/assignment/road_candidates.h"
#include "routing/graph_builder.h"
#include "routing/snapper.h"

#include <gtest/gtest.h>

#include <map>

namespace as = bosai::routing::assignment;
using namespace bosai::routing;

namespace {

bosai::GeoPoint at(int i) { return {35.7, 139.4 + 0.0011 * i}; }  // junctions about 100 m apart

// A ring 0 → 1 → 2 → 3 → 0 of 100 m roads, two-way or one-way.
RoadGraph ring(bool two_way) {
  GraphBuilder b;
  for (int i = 0; i < 4; ++i) b.add_node(at(i));
  const WayAccess access{true, two_way, 5};
  for (int i = 0; i < 4; ++i) b.add_road(i, (i + 1) % 4, {at(i), at((i + 1) % 4)}, 100, access);
  return b.build(two_way ? Profile::kWalk : Profile::kVehicle, {});
}

std::map<std::pair<int, int>, double> trips(const RoadGraph& g, std::vector<int> units, std::vector<int> shelters,
                                            double max_walk) {
  const Snapper snapper(g);
  std::vector<SnappedPoint> u, s;
  for (int i : units) u.push_back(snapper.snap(at(i)));
  for (int i : shelters) s.push_back(snapper.snap(at(i)));
  std::map<std::pair<int, int>, double> out;
  for (const auto& c : as::road_candidates(g, u, s, max_walk, nullptr, 1)) out[{c.unit, c.shelter}] = c.distance_m;
  return out;
}

}  // namespace

TEST(RoadCandidates, TwoWayNetworkKeepsTripsWithinTheWalk) {
  const auto t = trips(ring(true), {0, 2, 3}, {1}, 150);
  const std::map<std::pair<int, int>, double> expected{{{0, 0}, 100}, {{1, 0}, 100}};
  ASSERT_EQ(t.size(), expected.size());
  for (const auto& [pair, d] : expected) EXPECT_NEAR(t.at(pair), d, 0.01);
}

TEST(RoadCandidates, OneWayNetworkMeasuresFromTheUnit) {
  // Unit at junction 1, 2 and 3, shelter at 0: going 1 → 0 takes the long way round (300 m).
  const auto t = trips(ring(false), {1, 2, 3}, {0}, 1000);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_NEAR(t.at({0, 0}), 300, 0.01);
  EXPECT_NEAR(t.at({1, 0}), 200, 0.01);
  EXPECT_NEAR(t.at({2, 0}), 100, 0.01);
}
