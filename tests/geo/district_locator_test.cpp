// Protects deriving a shelter's 地区 from its position: inside, outside, in a hole, in a MultiPolygon part,
// and the lookup of a 地区 written by code or name.
#include "core/error.h"
#include "geo/district_locator.h"

#include <gtest/gtest.h>

using namespace bosai;

namespace {

const char* kSquareWithHole =
    R"({"type":"Polygon","coordinates":[[[139.0,35.0],[139.1,35.0],[139.1,35.1],[139.0,35.1],[139.0,35.0]],
       [[139.04,35.04],[139.06,35.04],[139.06,35.06],[139.04,35.06],[139.04,35.04]]]})";
const char* kTwoParts =
    R"({"type":"MultiPolygon","coordinates":[[[[139.2,35.0],[139.3,35.0],[139.3,35.1],[139.2,35.0]]],
       [[[139.04,35.04],[139.06,35.04],[139.06,35.06],[139.04,35.06],[139.04,35.04]]]]})";

}  // namespace

TEST(DistrictLocator, FindsTheDistrictHoldingAPoint) {
  geo::DistrictLocator locator({District{"a", "r", "甲", "Ko", "", kSquareWithHole},
                                District{"b", "r", "乙", "", "", kTwoParts}, District{"c", "r", "丙", "", "", ""}});
  EXPECT_TRUE(locator.has_boundaries());
  EXPECT_EQ(locator.locate(GeoPoint{35.02, 139.02}), "a");
  EXPECT_EQ(locator.locate(GeoPoint{35.05, 139.05}), "b");  // in a's hole, filled by b's second part
  EXPECT_EQ(locator.locate(GeoPoint{35.01, 139.28}), "b");
  EXPECT_EQ(locator.locate(GeoPoint{36.0, 139.0}), std::nullopt);
  EXPECT_EQ(locator.resolve("乙"), "b");
  EXPECT_EQ(locator.resolve("Ko"), "a");
  EXPECT_EQ(locator.resolve("c"), "c");
  EXPECT_EQ(locator.resolve("丁"), std::nullopt);
}

TEST(DistrictLocator, NoBoundariesMeansNothingIsDerived) {
  geo::DistrictLocator locator({District{"a", "r", "甲", "", "", ""}});
  EXPECT_FALSE(locator.has_boundaries());
  EXPECT_EQ(locator.locate(GeoPoint{35.02, 139.02}), std::nullopt);
}

TEST(DistrictLocator, ABoundaryThatIsNotAPolygonIsRefused) {
  EXPECT_THROW(geo::DistrictLocator({District{"a", "r", "甲", "", "", R"({"type":"Point","coordinates":[1,2]})"}}),
               InputError);
  EXPECT_THROW(geo::DistrictLocator({District{"a", "r", "甲", "", "", "{not json"}}), InputError);
}
