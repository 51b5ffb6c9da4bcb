#include "road_fixtures.h"
#include "routing/load_road_graph.h"
#include "routing/route.h"
#include "routing/snapper.h"
#include "support/temp_dir.h"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>

namespace bosai::routing::test {
namespace {

using bosai::test::TempDir;
using bosai::test::write_file;

// What `ogr2ogr -f FORMAT out in [-t_srs …]` would write, through GDAL's library call.
void translate(const std::filesystem::path& in, const std::filesystem::path& out, std::vector<std::string> args) {
  GDALAllRegister();
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
  GDALDatasetH source = GDALOpenEx(in.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  ASSERT_NE(source, nullptr);
  int error = 0;
  GDALDatasetH result = GDALVectorTranslate(out.c_str(), nullptr, 1, &source, options, &error);
  ASSERT_NE(result, nullptr);
  GDALClose(result);
  GDALClose(source);
  GDALVectorTranslateOptionsFree(options);
}

// The same network as GeoPackage (reprojected to JGD2011 zone IX) and as Shapefile routes the same as
// the GeoJSON it came from: formats and CRSs must not change an answer.
TEST(OtherFormats, GeoPackageAndShapefileRouteLikeGeoJson) {
  auto roads = square_block();
  roads[2].oneway = true;
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(roads));
  translate(dir / "block.geojson", dir / "block.gpkg", {"-f", "GPKG", "-t_srs", "EPSG:6677", "-nln", "roads"});
  translate(dir / "block.geojson", dir / "block.shp", {"-f", "ESRI Shapefile"});
  const auto [cx, cy] = roads[2].lon_lat[0];
  const auto [dx, dy] = roads[2].lon_lat[1];
  for (const char* name : {"block.geojson", "block.gpkg", "block.shp"}) {
    SCOPED_TRACE(name);
    const RoadGraph g = load_road_graph(dir / name, Profile::kVehicle, no_cache());
    EXPECT_TRUE(g.stats.junction_ids);
    EXPECT_EQ(g.node_count(), 4u);
    const Snapper snapper(g);
    const SnappedPoint c = snapper.snap({cy, cx}), d = snapper.snap({dy, dx});
    EXPECT_LT(c.offset_m, 0.01);
    EXPECT_DOUBLE_EQ(shortest_route(g, c, d, Metric::kMetres).distance_m, 100);
    EXPECT_DOUBLE_EQ(shortest_route(g, d, c, Metric::kMetres).distance_m, 300);  // C→D is one-way
  }
}

}  // namespace
}  // namespace bosai::routing::test
