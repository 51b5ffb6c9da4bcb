// Protects the one polygon type: what counts as inside (holes are outside), and which roads an area touches
// (a road crossing a fire zone without a vertex in it is still closed; a road in a hole is not).
#include "core/area.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace bosai {
namespace {

Area::Ring square(double lat0, double lon0, double lat1, double lon1) {
  return {{lat0, lon0}, {lat0, lon1}, {lat1, lon1}, {lat1, lon0}, {lat0, lon0}};
}

// A 0.1° square with a 0.02° hole in the middle.
Area square_with_hole() {
  Area area("fire");
  area.add_polygon(square(35.0, 139.0, 35.1, 139.1), {square(35.04, 139.04, 35.06, 139.06)});
  return area;
}

TEST(Area, InsideMeansInTheOuterRingAndOutOfEveryHole) {
  const Area area = square_with_hole();
  EXPECT_TRUE(area.contains({35.02, 139.02}));
  EXPECT_FALSE(area.contains({35.05, 139.05})) << "in the hole";
  EXPECT_FALSE(area.contains({35.2, 139.05})) << "north of it";
  EXPECT_FALSE(area.contains({35.05, 139.2})) << "east of it";
  EXPECT_EQ(area.name(), "fire");
}

TEST(Area, AnyOfSeveralPolygonsHolds) {
  Area area;
  area.add_polygon(square(35.0, 139.0, 35.1, 139.1));
  area.add_polygon(square(36.0, 140.0, 36.1, 140.1));
  EXPECT_TRUE(area.contains({36.05, 140.05}));
  EXPECT_FALSE(area.contains({35.5, 139.5})) << "between the two, inside their joint bounds";
  EXPECT_DOUBLE_EQ(area.bounds().max_lat, 36.1);
}

TEST(Area, ALineTouchesWhenItCrossesAnEdgeEvenWithNoPositionInside) {
  const Area area = square_with_hole();
  const std::vector<GeoPoint> across{{35.05, 138.9}, {35.02, 139.2}};  // both ends outside, passes through
  EXPECT_TRUE(area.touches(across));
  const std::vector<GeoPoint> starts_inside{{35.01, 139.01}, {35.011, 139.011}};
  EXPECT_TRUE(area.touches(starts_inside));
  const std::vector<GeoPoint> past{{35.2, 138.9}, {35.2, 139.2}};
  EXPECT_FALSE(area.touches(past));
  const std::vector<GeoPoint> bent_around{{34.95, 138.95}, {34.95, 139.15}, {35.15, 139.15}};
  EXPECT_FALSE(area.touches(bent_around)) << "the corner of its bounds overlaps, the line does not";
}

TEST(Area, ALineInsideAHoleDoesNotTouchButOneLeavingTheHoleDoes) {
  const Area area = square_with_hole();
  const std::vector<GeoPoint> in_hole{{35.045, 139.045}, {35.055, 139.055}};
  EXPECT_FALSE(area.touches(in_hole));
  const std::vector<GeoPoint> leaving{{35.05, 139.05}, {35.05, 139.08}};
  EXPECT_TRUE(area.touches(leaving));
}

TEST(Area, AlongAnEdgeCountsAsTouching) {
  const Area area = square_with_hole();
  const std::vector<GeoPoint> on_edge{{35.0, 139.02}, {35.0, 139.08}};
  EXPECT_TRUE(area.touches(on_edge));
}

TEST(Area, ARingTooShortToEncloseAnythingIsRefused) {
  Area area;
  EXPECT_THROW(area.add_polygon({{35, 139}, {35, 139.1}, {35, 139}}), std::invalid_argument);
  EXPECT_THROW(area.add_polygon(square(35, 139, 35.1, 139.1), {{{35, 139}}}), std::invalid_argument);
  EXPECT_TRUE(area.empty());
}

TEST(Area, MergeKeepsEveryPolygonAndTheName) {
  Area a("a");
  a.add_polygon(square(35.0, 139.0, 35.1, 139.1));
  a.merge(square_with_hole());
  EXPECT_EQ(a.polygons().size(), 2u);
  EXPECT_EQ(a.name(), "a");
  EXPECT_TRUE(a.contains({35.02, 139.02}));
}

}  // namespace
}  // namespace bosai
