#include "supply/road_travel_network.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai::supply {
namespace {

// The supply planner sees the shipped sample network through RoadTravelNetwork: trucks cannot use the
// footways the foot fleet can, a closed area makes points unreachable, and reopening restores the times.
TEST(RoadTravelNetwork, SampleNetworkForTrucksAndCarts) {
  bosai::test::TempDir dir;
  routing::LoadOptions options;
  options.cache_dir = dir.path();
  RoadTravelNetwork network(bosai::test::source_dir() / "maps/sample-roads.geojson", options);
  const std::vector<GeoPoint> points{{35.6060, 139.5910}, {35.6300, 139.6300}, {35.6500, 139.6500}};
  const TravelMatrix road = network.matrix(points, Mobility::kRoad, 0);
  const TravelMatrix cart = network.matrix(points, Mobility::kFoot, 6);
  ASSERT_EQ(road.size, 3u);
  EXPECT_EQ(road.time(0, 0), 0);
  EXPECT_TRUE(road.reachable(0, 1));
  EXPECT_GT(road.distance(0, 1), 3000);
  EXPECT_NEAR(cart.time(0, 1), cart.distance(0, 1) / (6 / 3.6), 1e-6);
  EXPECT_GT(cart.time(0, 1), road.time(0, 1));  // a hand cart is slower than a truck
  EXPECT_GE(network.path(points[0], points[1], Mobility::kRoad).size(), 2u);

  // A fire area around the second point cuts it off.
  const GeoPoint p = points[1];
  const geo::Area fire{{{{{p.lat - 0.004, p.lon - 0.004}, {p.lat - 0.004, p.lon + 0.004}, {p.lat + 0.004, p.lon + 0.004},
                          {p.lat + 0.004, p.lon - 0.004}, {p.lat - 0.004, p.lon - 0.004}}}}};
  EXPECT_GT(network.close_area(fire), 0u);
  EXPECT_FALSE(network.matrix(points, Mobility::kRoad, 0).reachable(0, 1));
  network.reopen_all();
  EXPECT_EQ(network.matrix(points, Mobility::kRoad, 0).time(0, 1), road.time(0, 1));
}

}  // namespace
}  // namespace bosai::supply
