// Protects the planner's view of real roads: travel times come from the road file's vehicle profile, hand
// carts move at their own flat speed on the walk network, and a drill's closed area really cuts roads.
#include "supply/road_travel_network.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bosai::supply {
namespace {

const std::filesystem::path kRoads = test::source_dir() / "maps" / "sample-roads.geojson";
// Two points about 2.5 km apart across the sample grid, and an area that walls off the first one.
const GeoPoint kA{35.640, 139.640};
const GeoPoint kB{35.655, 139.660};

// A ring with a hole around A: the roads crossing the ring are closed, so A's own streets cannot leave.
Area ring_around_a() {
  Area fire("fire");
  fire.add_polygon({{35.632, 139.630}, {35.632, 139.650}, {35.648, 139.650}, {35.648, 139.630}, {35.632, 139.630}},
                   {{{35.637, 139.637}, {35.637, 139.643}, {35.643, 139.643}, {35.643, 139.637}, {35.637, 139.637}}});
  return fire;
}

TEST(RoadTravelNetwork, RoadTimesFollowTheNetwork) {
  RoadTravelNetwork network(kRoads, {});
  const auto m = network.matrix({kA, kB}, Mobility::kRoad, 0, no_progress());
  ASSERT_EQ(m.size, 2u);
  EXPECT_EQ(m.time(0, 0), 0);
  ASSERT_TRUE(m.reachable(0, 1));
  EXPECT_GT(m.distance(0, 1), 2000);  // no shorter than the straight line
  EXPECT_LT(m.distance(0, 1), 6000);
  EXPECT_GT(m.time(0, 1), m.distance(0, 1) / (60 / 3.6));  // no road in the sample is faster than 60 km/h
  EXPECT_FALSE(network.path(kA, kB, Mobility::kRoad, no_progress()).empty());
}

TEST(RoadTravelNetwork, FlatSpeedMakesTimeProportionalToDistance) {
  RoadTravelNetwork network(kRoads, {});
  const auto m = network.matrix({kA, kB}, Mobility::kFoot, 4.0, no_progress());
  ASSERT_TRUE(m.reachable(0, 1));
  EXPECT_NEAR(m.time(0, 1), m.distance(0, 1) / (4.0 / 3.6), 1e-6);
}

TEST(RoadTravelNetwork, ClosedRingCutsThePointOff) {
  RoadTravelNetwork open(kRoads, {});
  RoadTravelNetwork closed(kRoads, {ring_around_a()});
  ASSERT_TRUE(open.matrix({kA, kB}, Mobility::kRoad, 0, no_progress()).reachable(0, 1));
  const auto m = closed.matrix({kA, kB}, Mobility::kRoad, 0, no_progress());
  EXPECT_FALSE(m.reachable(0, 1));
  EXPECT_FALSE(m.reachable(1, 0));
  EXPECT_TRUE(closed.path(kA, kB, Mobility::kFoot, no_progress()).empty());
}

}  // namespace
}  // namespace bosai::supply
