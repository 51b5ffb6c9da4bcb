// Protects closures as drill data on a kept road network: an inject closes an area by name and a later one
// lifts it, roads under another closure stay shut when one is lifted, and a route query sees each change.
#include "services/areas.h"
#include "services/road_network.h"
#include "services/route_query.h"

#include "core/error.h"
#include "services/sample_ward.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

using test::SampleWard;

Area square(const std::string& name, double lat0, double lon0, double lat1, double lon1) {
  Area area(name);
  area.add_polygon({{lat0, lon0}, {lat0, lon1}, {lat1, lon1}, {lat1, lon0}, {lat0, lon0}});
  return area;
}

class RoadClosures : public ::testing::Test {
 protected:
  services::RoadNetwork network_{services::RoadSource{SampleWard::sample("maps/sample-roads.geojson"), "vehicle"},
                                 no_progress()};
  // Two overlapping blocks in the middle of the sample grid.
  const Area west_ = square("延焼 west", 35.640, 139.640, 35.645, 139.650);
  const Area east_ = square("延焼 east", 35.640, 139.645, 35.645, 139.655);
};

TEST_F(RoadClosures, LiftingOneClosureKeepsTheRoadsOnlyTheOtherCovers) {
  const std::size_t west_alone = network_.close_area(west_);
  ASSERT_GT(west_alone, 0u) << "the block has roads in it";
  network_.lift_closure("延焼 west");
  EXPECT_EQ(network_.closures().closed_count(), 0u);
  const std::size_t east_alone = network_.close_area(east_);
  network_.lift_closure("延焼 east");

  network_.close_area(west_);
  const std::size_t east_new = network_.close_area(east_);
  EXPECT_LT(east_new, east_alone) << "the overlap was already closed by west";
  EXPECT_EQ(network_.closures().closed_count(), west_alone + east_new);
  EXPECT_EQ(network_.closure_names(), (std::vector<std::string>{"延焼 east", "延焼 west"}));

  EXPECT_EQ(network_.lift_closure("延焼 west"), west_alone + east_new - east_alone);
  EXPECT_EQ(network_.closures().closed_count(), east_alone) << "everything east covers stays shut, the overlap too";
  network_.lift_closure("延焼 east");
  EXPECT_EQ(network_.closures().closed_count(), 0u);
  EXPECT_TRUE(network_.closure_names().empty());
}

TEST_F(RoadClosures, ClosingUnderTheSameNameReplacesTheArea) {
  network_.close_area(west_);
  const std::size_t small = network_.closures().closed_count();
  network_.close_area(square("延焼 west", 35.640, 139.640, 35.645, 139.655));  // the fire spread east
  EXPECT_GT(network_.closures().closed_count(), small);
  EXPECT_EQ(network_.closure_names().size(), 1u);
  network_.close_area(square("延焼 west", 35.6400, 139.6400, 35.6401, 139.6401));  // and was put out to a spot
  EXPECT_LT(network_.closures().closed_count(), small);
}

TEST_F(RoadClosures, LiftingAClosureNotInForceNamesTheField) {
  try {
    network_.lift_closure("no such fire");
    FAIL() << "accepted";
  } catch (const NotFoundError& e) {
    EXPECT_EQ(e.field(), "closure");
  }
}

TEST_F(RoadClosures, ARouteQuerySeesEachInjectAsItHappens) {
  const GeoPoint from{35.638, 139.645}, to{35.647, 139.645};
  const auto open = services::find_route(network_, from, to, false);
  ASSERT_TRUE(open.route.found);
  network_.close_area(square("冠水", 35.6405, 139.630, 35.6445, 139.660));  // a band across the way
  const auto closed = services::find_route(network_, from, to, false);
  EXPECT_TRUE(!closed.route.found || closed.route.distance_m > open.route.distance_m);
  EXPECT_GT(closed.closed_edges, 0u);
  network_.lift_closure("冠水");
  EXPECT_DOUBLE_EQ(services::find_route(network_, from, to, false).route.distance_m, open.route.distance_m);
}

TEST(AreaFiles, ABrokenAreaFileNamesItself) {
  test::TempDir dir;
  test::write_file(dir / "bad.geojson", "{\"type\": \"FeatureCollection\", \"features\": [");
  try {
    services::read_areas({(dir / "bad.geojson").string()});
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.geojson"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace bosai
