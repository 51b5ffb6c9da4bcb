#include "core/error.h"
#include "road_fixtures.h"
#include "routing/load_road_graph.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai::routing::test {
namespace {

using bosai::test::TempDir;
using bosai::test::write_file;

// The shipped sample must load for every profile, and the profiles must differ where the data says so.
TEST(RoadImport, SampleLoadsForEveryProfile) {
  const auto file = bosai::test::source_dir() / "maps/sample-roads.geojson";
  const RoadGraph walk = load_road_graph(file, Profile::kWalk, no_cache());
  const RoadGraph wheelchair = load_road_graph(file, Profile::kWheelchair, no_cache());
  const RoadGraph vehicle = load_road_graph(file, Profile::kVehicle, no_cache());
  EXPECT_TRUE(walk.stats.junction_ids);
  EXPECT_GT(walk.node_count(), 1000u);
  EXPECT_EQ(walk.stats.features_not_routable, 0u);
  EXPECT_GT(wheelchair.stats.features_not_routable, 0u);  // steps
  EXPECT_LT(wheelchair.edge_count(), walk.edge_count());
  EXPECT_GT(vehicle.stats.features_not_routable, wheelchair.stats.features_not_routable);  // + footways
  for (const RoadGraph* g : {&walk, &wheelchair, &vehicle}) {
    EXPECT_EQ(g->stats.largest_scc_nodes, g->node_count());
    EXPECT_EQ(g->first_edge.size(), g->node_count() + 1);
    EXPECT_EQ(g->epsg, 6677);  // Setagaya: JGD2011 zone IX
  }
}

// A one-way spur into a dead end cannot be left again: the node is reported as dropped, not silently kept.
TEST(RoadImport, PrunesToTheLargestStronglyConnectedComponent) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  const RoadGraph car = load_road_graph(dir / "block.geojson", Profile::kVehicle, no_cache());
  EXPECT_EQ(car.stats.input_nodes, 5u);
  EXPECT_EQ(car.stats.components, 2u);
  EXPECT_EQ(car.stats.largest_scc_nodes, 4u);
  EXPECT_EQ(car.stats.dropped_nodes, 1u);
  EXPECT_EQ(car.stats.dropped_edges, 1u);
  EXPECT_EQ(car.node_count(), 4u);
  EXPECT_EQ(car.edge_count(), 8u);
  // On foot the one-way spur is walkable both ways: nothing to drop.
  const RoadGraph walk = load_road_graph(dir / "block.geojson", Profile::kWalk, no_cache());
  EXPECT_EQ(walk.stats.components, 1u);
  EXPECT_EQ(walk.node_count(), 5u);
  EXPECT_EQ(walk.edge_count(), 10u);
}

// OSMnx lists a two-way street once per direction: it must become two directed edges, not four, and the
// two directions must share one drawn geometry.
TEST(RoadImport, MergesAStreetListedOncePerDirection) {
  auto roads = square_block();
  roads.push_back({2, 1, 100, false, "residential", {roads[0].lon_lat[1], roads[0].lon_lat[0]}});
  roads.push_back({1, 2, 120, false, "residential", {roads[0].lon_lat[0], {139.41055, 35.6978}, roads[0].lon_lat[1]}});
  TempDir dir;
  write_file(dir / "twice.geojson", roads_geojson(roads));
  const RoadGraph g = load_road_graph(dir / "twice.geojson", Profile::kWalk, no_cache());
  EXPECT_EQ(g.edge_count(), 10u);
  EXPECT_EQ(g.stats.parallel_edges_merged, 4u);
  for (EdgeId e = 0; e < g.edge_count(); ++e) EXPECT_NE(g.length_m[e], 120.0) << "the longer twin was kept";
  EXPECT_EQ(g.geometry_count(), 5u);
}

// A way drawn from v to u still joins its junctions where they are (not at each other's place).
TEST(RoadImport, OrientsWaysDrawnFromVToU) {
  auto roads = square_block();
  std::swap(roads[2].u, roads[2].v);  // C–D drawn from C but labelled u = D
  TempDir dir;
  write_file(dir / "backwards.geojson", roads_geojson(roads));
  const RoadGraph g = load_road_graph(dir / "backwards.geojson", Profile::kWalk, no_cache());
  EXPECT_EQ(g.node_count(), 5u);
  for (std::uint32_t geometry = 0; geometry < g.geometry_count(); ++geometry) {
    const auto points = g.geometry_points(geometry);
    const GeoPoint start = g.node_position[g.geometry_start[geometry]];
    EXPECT_EQ(points.front().lat, start.lat);
    EXPECT_EQ(points.front().lon, start.lon);
  }
}

// Without u/v, ways join where they share a vertex and are split there, as OSM routers do.
TEST(RoadImport, SplitsPlainLinesAtSharedVertices) {
  TempDir dir;
  write_file(dir / "cross.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"highway":"residential"},"geometry":{"type":"LineString","coordinates":[[139.41,35.70],[139.411,35.70],[139.412,35.70]]}},
    {"type":"Feature","properties":{"highway":"residential","oneway":"-1"},"geometry":{"type":"MultiLineString","coordinates":[[[139.411,35.699],[139.411,35.70],[139.411,35.701]]]}},
    {"type":"Feature","properties":{"highway":"footway"},"geometry":{"type":"LineString","coordinates":[[139.412,35.70],[139.413,35.70]]}},
    {"type":"Feature","properties":{"highway":"pedestrian","area":"yes"},"geometry":{"type":"LineString","coordinates":[[139.41,35.70],[139.41,35.699]]}},
    {"type":"Feature","properties":{"building":"yes"},"geometry":{"type":"Point","coordinates":[139.41,35.70]}}]})");
  const RoadGraph walk = load_road_graph(dir / "cross.geojson", Profile::kWalk, no_cache());
  EXPECT_FALSE(walk.stats.junction_ids);
  EXPECT_EQ(walk.stats.input_nodes, 6u);  // 4 ends of the cross, its centre, the footway's end
  EXPECT_EQ(walk.edge_count(), 10u);
  EXPECT_EQ(walk.stats.features_not_routable, 1u);  // the area
  EXPECT_EQ(walk.stats.features_without_line, 1u);  // the point
  const RoadGraph car = load_road_graph(dir / "cross.geojson", Profile::kVehicle, no_cache());
  EXPECT_EQ(car.stats.input_nodes, 5u);
  EXPECT_EQ(car.stats.input_edges, 6u);  // the two-way street's 4 + the oneway=-1 street's 2
}

TEST(RoadImport, BrokenFilesAreInputErrorsNamingTheFile) {
  TempDir dir;
  write_file(dir / "broken.geojson", R"({"type":"FeatureCollection","features":[{"type":)");
  try {
    load_road_graph(dir / "broken.geojson", Profile::kWalk, no_cache());
    FAIL() << "broken GeoJSON accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), (dir / "broken.geojson").string());
  }
  EXPECT_THROW(load_road_graph(dir / "missing.geojson", Profile::kWalk, no_cache()), InputError);

  auto roads = square_block();
  std::string text = roads_geojson(roads);
  text.replace(text.find(R"("u":3)"), 5, R"("u":null)");
  write_file(dir / "no-u.geojson", text);
  try {
    load_road_graph(dir / "no-u.geojson", Profile::kWalk, no_cache());
    FAIL() << "missing junction id accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "features[2].u");
  }
  text = roads_geojson(roads);
  text.replace(text.find("100.000000"), 10, R"("long")");
  write_file(dir / "bad-length.geojson", text);
  EXPECT_THROW(load_road_graph(dir / "bad-length.geojson", Profile::kWalk, no_cache()), InputError);
}

// The real Tachikawa drive network is one strongly connected component of 4,106 junctions.
TEST(RoadImport, TachikawaDriveNetworkIsOneComponent) {
  BOSAI_REQUIRE_SHARED("tachikawa/roads-drive.geojson");
  const RoadGraph g =
      load_road_graph(bosai::test::shared_data_dir() / "tachikawa/roads-drive.geojson", Profile::kVehicle, no_cache());
  EXPECT_EQ(g.stats.features_read, 10515u);
  EXPECT_EQ(g.node_count(), 4106u);
  EXPECT_EQ(g.stats.components, 1u);
  EXPECT_EQ(g.stats.largest_scc_nodes, 4106u);
  EXPECT_EQ(g.stats.dropped_nodes, 0u);
}

// Raw OSM extracts as users download them import for every profile, through GDAL's OSM driver.
TEST(RoadImport, OsmPbfExtractsImportForEveryProfile) {
  for (const char* name : {"osm/monaco.osm.pbf", "osm/andorra.osm.pbf"}) {
    BOSAI_REQUIRE_SHARED(name);
    std::size_t walk_nodes = 0;
    for (Profile p : {Profile::kWalk, Profile::kWheelchair, Profile::kVehicle}) {
      const RoadGraph g = load_road_graph(bosai::test::shared_data_dir() / name, p, no_cache());
      SCOPED_TRACE(std::string(name) + " " + profile_name(p));
      EXPECT_EQ(g.stats.driver, "OSM");
      EXPECT_FALSE(g.stats.junction_ids);
      EXPECT_GT(g.node_count(), 1000u);
      EXPECT_EQ(g.node_count(), g.stats.largest_scc_nodes);
      EXPECT_EQ(g.stats.nodes + g.stats.dropped_nodes, g.stats.input_nodes);
      EXPECT_GT(g.stats.features_not_routable, 0u);
      EXPECT_NE(g.epsg, 6677);  // Europe: a UTM zone
      if (p == Profile::kWalk) walk_nodes = g.node_count();
      else EXPECT_LT(g.node_count(), walk_nodes);
    }
  }
}

}  // namespace
}  // namespace bosai::routing::test
