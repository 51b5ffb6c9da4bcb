// Protects how areas enter the product: GeoJSON text in every shape people paste (geometry, Feature,
// FeatureCollection, MultiPolygon), files in another CRS reprojected to WGS84, and wrong input refused with
// the source and field named, never silently read as an area somewhere else on Earth.
#include "core/error.h"
#include "geo/area_file.h"
#include "geo/area_geojson.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <functional>

namespace bosai {
namespace {

const char* kSquare = R"({"type":"Polygon","coordinates":[[[139.0,35.0],[139.1,35.0],[139.1,35.1],[139.0,35.1],[139.0,35.0]]]})";

std::string message_of(const std::function<void()>& work) {
  try {
    work();
  } catch (const InputError& e) {
    return e.field() + ": " + e.what();
  }
  return "(accepted)";
}

TEST(AreaGeoJson, AGeometryAFeatureAndACollectionAllRead) {
  const std::string feature = std::string(R"({"type":"Feature","properties":{},"geometry":)") + kSquare + "}";
  const std::string collection = R"({"type":"FeatureCollection","features":[)" + feature + "," + feature + "]}";
  EXPECT_TRUE(geo::parse_area_geojson(kSquare, "s", "area").contains({35.05, 139.05}));
  EXPECT_TRUE(geo::parse_area_geojson(feature, "s", "area").contains({35.05, 139.05}));
  EXPECT_EQ(geo::parse_area_geojson(collection, "s", "area").polygons().size(), 2u);
  const auto multi = geo::parse_area_geojson(
      R"({"type":"MultiPolygon","coordinates":[[[[139.2,35.0],[139.3,35.0],[139.3,35.1],[139.2,35.0]]],
         [[[139.0,35.0],[139.1,35.0],[139.1,35.1],[139.0,35.0]]]]})",
      "s", "area");
  EXPECT_EQ(multi.polygons().size(), 2u);
  EXPECT_TRUE(multi.contains({35.01, 139.28}));
}

TEST(AreaGeoJson, WrongInputNamesTheSourceAndField) {
  const auto parse = [](const std::string& text) { return [text] { geo::parse_area_geojson(text, "district x", "boundary"); }; };
  EXPECT_NE(message_of(parse("{not json")).find("boundary: district x"), std::string::npos) << message_of(parse("{not json"));
  EXPECT_NE(message_of(parse(R"({"type":"Point","coordinates":[139,35]})")).find("'Point'"), std::string::npos);
  EXPECT_NE(message_of(parse(R"({"type":"Polygon","coordinates":[[[139,35],[139.1,35],[139,35]]]})")).find("4 positions"),
            std::string::npos);
  EXPECT_NE(message_of(parse(R"({"type":"Polygon","coordinates":[[["a",35],[139.1,35],[139.1,35.1],["a",35]]]})"))
                .find("[longitude, latitude]"),
            std::string::npos);
  EXPECT_NE(message_of(parse(R"({"type":"Polygon","coordinates":[]})")).find("outer ring"), std::string::npos);
}

// Plane-rectangular metres pasted as GeoJSON (no CRS member) would be "somewhere" in degrees: refuse them.
TEST(AreaGeoJson, ProjectedCoordinatesAreRefusedNotPlacedOffTheMap) {
  const std::string projected =
      R"({"type":"Polygon","coordinates":[[[-9000,-36000],[-8000,-36000],[-8000,-35000],[-9000,-35000],[-9000,-36000]]]})";
  EXPECT_NE(message_of([&] { geo::parse_area_geojson(projected, "fire", "area"); }).find("not WGS84"), std::string::npos);
}

TEST(AreaFile, AFileInAnotherCrsIsReprojectedAndNamedAfterTheFile) {
  test::TempDir dir;
  // A 200 m square in JGD2011 zone IX around 35.64 N, 139.64 E (世田谷): x east, y north in metres.
  test::write_file(dir / "fire-zone.geojson", R"({"type":"FeatureCollection",
    "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::6677"}},
    "features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[
      [-14100,-39900],[-13900,-39900],[-13900,-39700],[-14100,-39700],[-14100,-39900]]]}}]})");
  const Area area = geo::read_area(dir / "fire-zone.geojson");
  EXPECT_EQ(area.name(), "fire-zone.geojson");
  const auto& b = area.bounds();
  EXPECT_GT(b.min_lat, 35.6);
  EXPECT_LT(b.max_lat, 35.7);
  EXPECT_GT(b.min_lon, 139.5);
  EXPECT_LT(b.max_lon, 139.7);
  EXPECT_LT(b.max_lat - b.min_lat, 0.003) << "200 m is about 0.0018° of latitude";
}

TEST(AreaFile, AFileWithoutPolygonsOrWithoutACrsItNeedsIsRefused) {
  test::TempDir dir;
  test::write_file(dir / "points.geojson",
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                       "geometry":{"type":"Point","coordinates":[139.6,35.6]}}]})");
  EXPECT_NE(message_of([&] { geo::read_area(dir / "points.geojson"); }).find("no Polygon"), std::string::npos);
  test::write_file(dir / "metres.geojson",
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                       "geometry":{"type":"Polygon","coordinates":[[[-14100,-39900],[-13900,-39900],
                       [-13900,-39700],[-14100,-39900]]]}}]})");
  EXPECT_NE(message_of([&] { geo::read_area(dir / "metres.geojson"); }).find("not WGS84"), std::string::npos);
  EXPECT_NE(message_of([&] { geo::read_area(dir / "missing.geojson"); }).find("no such file"), std::string::npos);
}

}  // namespace
}  // namespace bosai
