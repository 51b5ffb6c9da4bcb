// Protects what a printed scale bar promises: ground distances measured on the page with the bar agree with the
// ground within 2 % (the bar; the projection itself does far better over a ward), and bars come in
// lengths people read at a glance (1, 2, 5 × 10ⁿ m), never longer than the room given.
#include "map/map_projection.h"
#include "map/map_scene.h"
#include "map/road_class.h"
#include "map/scale_bar.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bosai::map {
namespace {

double ground_m(const GeoPoint& a, const GeoPoint& b) {  // haversine, independent of the projection's maths
  const double r = 6371008.8, rad = M_PI / 180;
  const double dlat = (b.lat - a.lat) * rad, dlon = (b.lon - a.lon) * rad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * r * std::asin(std::sqrt(h));
}

Area::Bounds setagaya() { return {35.60, 35.68, 139.58, 139.69}; }

TEST(MapProjection, RoundTripsAndKeepsNorthUp) {
  const MapProjection p(setagaya(), 10, 20, 800, 600);
  const GeoPoint a{35.63, 139.61};
  const auto page = p.forward(a);
  const auto back = p.inverse(page);
  EXPECT_NEAR(back.lat, a.lat, 1e-12);
  EXPECT_NEAR(back.lon, a.lon, 1e-12);
  EXPECT_LT(p.forward({35.66, 139.61}).y, page.y) << "north is up";
  EXPECT_GT(p.forward({35.63, 139.65}).x, page.x) << "east is right";
}

TEST(MapProjection, FitsTheBoundsInsideTheFrameCentred) {
  const auto b = setagaya();
  const MapProjection p(b, 10, 20, 800, 600);
  for (const GeoPoint corner : {GeoPoint{b.min_lat, b.min_lon}, GeoPoint{b.max_lat, b.max_lon}}) {
    const auto q = p.forward(corner);
    EXPECT_GE(q.x, 10 - 1e-9);
    EXPECT_LE(q.x, 810 + 1e-9);
    EXPECT_GE(q.y, 20 - 1e-9);
    EXPECT_LE(q.y, 620 + 1e-9);
  }
  const auto c = p.forward({(b.min_lat + b.max_lat) / 2, (b.min_lon + b.max_lon) / 2});
  EXPECT_NEAR(c.x, 410, 1e-9);
  EXPECT_NEAR(c.y, 320, 1e-9);
}

TEST(MapProjection, PageDistancesMatchTheGroundInEveryDirection) {
  const MapProjection p(setagaya(), 0, 0, 1000, 1000);
  const GeoPoint centre{35.64, 139.635};
  for (double bearing = 0; bearing < 360; bearing += 30) {
    const auto c = p.forward(centre);
    const double len = 300;  // page units
    const PagePoint end{c.x + len * std::sin(bearing * M_PI / 180), c.y - len * std::cos(bearing * M_PI / 180)};
    const double metres = ground_m(centre, p.inverse(end));
    EXPECT_NEAR(metres / (len * p.metres_per_unit()), 1.0, 0.005) << "bearing " << bearing;
  }
}

TEST(ScaleBar, IsARoundLengthNoLongerThanAllowedAndTrueToTheGround) {
  for (double width : {300.0, 777.0, 1600.0, 5000.0}) {
    const MapProjection p(setagaya(), 0, 0, width, width * 0.7);
    const auto bar = choose_scale_bar(p, width * 0.3);
    EXPECT_LE(bar.length, width * 0.3 + 1e-9);
    EXPECT_GT(bar.length, width * 0.3 / 2.5 - 1e-9) << "the next round length down is at most 2.5× shorter";
    const double mantissa = bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
    EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9)
        << bar.metres;
    const auto left = p.inverse({width * 0.1, width * 0.6});
    const auto right = p.inverse({width * 0.1 + bar.length, width * 0.6});
    EXPECT_NEAR(ground_m(left, right) / bar.metres, 1.0, 0.02) << bar.label;
  }
}

TEST(ScaleBar, LabelsInMetresOrKilometres) {
  const MapProjection p({35.60, 35.70, 139.50, 139.70}, 0, 0, 1000, 1000);  // ~18 km across
  EXPECT_EQ(choose_scale_bar(p, 300).label, "5 km");
  const MapProjection near({35.630, 35.635, 139.630, 139.636}, 0, 0, 1000, 1000);  // ~540 m across
  EXPECT_EQ(choose_scale_bar(near, 300).label, "100 m");
}

TEST(SceneExtent, FramesTheFocusDistrictNotTheWholeWard) {
  MapScene scene;
  Area a("A"), b("B");
  a.add_polygon({{35.60, 139.60}, {35.60, 139.62}, {35.62, 139.62}, {35.62, 139.60}, {35.60, 139.60}});
  b.add_polygon({{35.62, 139.62}, {35.62, 139.66}, {35.66, 139.66}, {35.66, 139.62}, {35.62, 139.62}});
  scene.districts = {{"a", "A", a, false}, {"b", "B", b, true}};
  const auto e = scene_extent(scene);
  EXPECT_GT(e.min_lat, 35.61);
  EXPECT_LT(e.min_lat, 35.62);
  EXPECT_GT(e.max_lon, 139.66);
  scene.districts[1].focus = false;
  EXPECT_LT(scene_extent(scene).min_lat, 35.60);
}

TEST(SceneExtent, ARouteMapFramesTheRouteNotTheWard) {
  MapScene scene;
  Area ward_part("A");
  ward_part.add_polygon({{35.60, 139.60}, {35.60, 139.70}, {35.70, 139.70}, {35.70, 139.60}, {35.60, 139.60}});
  scene.districts = {{"a", "A", ward_part, false}};
  scene.routes.push_back({"経路", {{35.631, 139.631}, {35.634, 139.638}}, {}});
  scene.markers.push_back({MapScene::Marker::Kind::kHome, "自宅", {35.631, 139.631}});
  const auto e = scene_extent(scene);
  EXPECT_LT(e.max_lat - e.min_lat, 0.01);
  EXPECT_TRUE(e.contains({35.634, 139.638}));
}

TEST(SceneExtent, GivesOnePointRoomForItsStreets) {
  MapScene scene;
  scene.markers.push_back({MapScene::Marker::Kind::kHome, "自宅", {35.63, 139.63}});
  const auto e = scene_extent(scene);
  EXPECT_GE(e.max_lat - e.min_lat, 0.003);
  EXPECT_GE(e.max_lon - e.min_lon, 0.003);
  EXPECT_TRUE(e.contains({35.63, 139.63}));
}

TEST(RoadClass, FromOsmHighway) {
  EXPECT_EQ(road_class_of("primary"), RoadClass::kMajor);
  EXPECT_EQ(road_class_of("secondary_link"), RoadClass::kMajor);
  EXPECT_EQ(road_class_of("residential"), RoadClass::kMinor);
  EXPECT_EQ(road_class_of("service"), RoadClass::kMinor);
  EXPECT_EQ(road_class_of("footway"), RoadClass::kPath);
  EXPECT_EQ(road_class_of("steps"), RoadClass::kSteps);
  EXPECT_EQ(road_class_of("something_new"), RoadClass::kMinor);
}

}  // namespace
}  // namespace bosai::map
