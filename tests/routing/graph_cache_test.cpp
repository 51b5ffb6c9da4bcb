// Protects the road-graph cache as a prepared artifact that is checked before it is trusted: a changed file,
// a damaged cache (truncated, or any byte changed with every size kept), a graph with an index out of range
// and two imports racing to write the same cache all end in a correct graph, never a crash or a wrong route.
#include "road_fixtures.h"
#include "routing/graph_cache.h"
#include "routing/load_road_graph.h"
#include "routing/road_graph_check.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <thread>

namespace bosai::routing::test {
namespace {

using bosai::test::TempDir;
using bosai::test::write_file;

LoadOptions cached_in(const std::filesystem::path& dir) {
  LoadOptions o;
  o.cache_dir = dir;
  return o;
}

// The second load comes from the cache and is the same graph.
TEST(GraphCache, SecondLoadReadsTheCache) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  const RoadGraph first = load_road_graph(dir / "block.geojson", Profile::kVehicle, cached_in(dir / "cache"));
  EXPECT_FALSE(first.stats.from_cache);
  EXPECT_TRUE(std::filesystem::exists(graph_cache_file(dir / "block.geojson", Profile::kVehicle, cached_in(dir / "cache"))));
  const RoadGraph second = load_road_graph(dir / "block.geojson", Profile::kVehicle, cached_in(dir / "cache"));
  EXPECT_TRUE(second.stats.from_cache);
  EXPECT_EQ(second.edge_target, first.edge_target);
  EXPECT_EQ(second.length_m, first.length_m);
  EXPECT_EQ(second.points.size(), first.points.size());
  EXPECT_EQ(second.stats.dropped_nodes, first.stats.dropped_nodes);
  // Another profile is another graph, not this cache.
  EXPECT_FALSE(load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache")).stats.from_cache);
}

// An edited file must never be answered from the old graph.
TEST(GraphCache, ChangedFileIsImportedAgain) {
  TempDir dir;
  auto roads = square_block();
  write_file(dir / "block.geojson", roads_geojson(roads));
  load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache"));
  roads[0].length = 42;
  write_file(dir / "block.geojson", roads_geojson(roads));
  std::filesystem::last_write_time(dir / "block.geojson",
                                   std::filesystem::last_write_time(dir / "block.geojson") + std::chrono::seconds(2));
  const RoadGraph again = load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache"));
  EXPECT_FALSE(again.stats.from_cache);
  EXPECT_EQ(*std::min_element(again.length_m.begin(), again.length_m.end()), 42);
}

// A damaged or foreign cache file is ignored and replaced, never trusted.
TEST(GraphCache, CorruptCacheIsRebuilt) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  const auto cache = graph_cache_file(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache"));
  const RoadGraph first = load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache"));
  const auto size = std::filesystem::file_size(cache);
  std::filesystem::resize_file(cache, size / 2);
  const RoadGraph truncated = load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache"));
  EXPECT_FALSE(truncated.stats.from_cache);
  EXPECT_EQ(truncated.edge_target, first.edge_target);
  EXPECT_EQ(std::filesystem::file_size(cache), size);
  write_file(cache, "BOSAIRG\nnot really");
  EXPECT_FALSE(load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache")).stats.from_cache);
  EXPECT_TRUE(load_road_graph(dir / "block.geojson", Profile::kWalk, cached_in(dir / "cache")).stats.from_cache);
}

void expect_same_graph(const RoadGraph& a, const RoadGraph& b) {
  EXPECT_EQ(a.first_edge, b.first_edge);
  EXPECT_EQ(a.edge_target, b.edge_target);
  EXPECT_EQ(a.length_m, b.length_m);
  EXPECT_EQ(a.duration_s, b.duration_s);
  EXPECT_EQ(a.edge_geometry, b.edge_geometry);
  EXPECT_EQ(a.geometry_first_point, b.geometry_first_point);
  EXPECT_EQ(a.points.size(), b.points.size());
}

// The crash this guards against: a cache with its sizes kept and its values changed once sent the snapper
// past its arrays and Dijkstra into a segfault. Any changed byte, anywhere (header, sizes, indices,
// coordinates), must be noticed and the graph imported afresh; the test runs under ASan in CI.
TEST(GraphCache, AnyChangedByteIsDetectedAndTheCacheRebuilt) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  const LoadOptions options = cached_in(dir / "cache");
  const RoadGraph original = load_road_graph(dir / "block.geojson", Profile::kWalk, options);
  const auto cache = graph_cache_file(dir / "block.geojson", Profile::kWalk, options);
  const std::string intact = bosai::test::read_file(cache);
  for (unsigned seed = 1; seed <= 100; ++seed) {
    std::mt19937 rng(seed);
    std::string damaged = intact;
    const int changes = 1 + static_cast<int>(rng() % 4);
    for (int c = 0; c < changes; ++c) {
      const std::size_t at = rng() % damaged.size();
      damaged[at] = static_cast<char>(damaged[at] ^ static_cast<char>(1 + rng() % 255));  // never the same byte
    }
    write_file(cache, damaged);
    ASSERT_EQ(std::filesystem::file_size(cache), intact.size());
    const RoadGraph loaded = load_road_graph(dir / "block.geojson", Profile::kWalk, options);
    ASSERT_FALSE(loaded.stats.from_cache) << "seed " << seed << ": a damaged cache was read";
    expect_same_graph(loaded, original);
    ASSERT_EQ(bosai::test::read_file(cache), intact) << "seed " << seed << ": the cache was not rebuilt";
  }
  EXPECT_TRUE(load_road_graph(dir / "block.geojson", Profile::kWalk, options).stats.from_cache);
}

// The digest proves the bytes are the ones written, not that they make a graph: a cache written from a graph
// with an index out of range is refused too.
TEST(GraphCache, AGraphWithAnIndexOutOfRangeIsNeverRead) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  const RoadGraph good = load_road_graph(dir / "block.geojson", Profile::kWalk, no_cache());
  ASSERT_EQ(road_graph_problem(good), "");
  write_graph_cache(dir / "good.bosai-graph", "key", good);
  EXPECT_TRUE(read_graph_cache(dir / "good.bosai-graph", "key").has_value());
  EXPECT_FALSE(read_graph_cache(dir / "good.bosai-graph", "another key").has_value());

  auto refused = [&](const char* what, auto damage) {
    RoadGraph bad = good;
    damage(bad);
    EXPECT_NE(road_graph_problem(bad), "") << what;
    write_graph_cache(dir / "bad.bosai-graph", "key", bad);
    EXPECT_FALSE(read_graph_cache(dir / "bad.bosai-graph", "key").has_value()) << what;
  };
  refused("edge target", [](RoadGraph& g) { g.edge_target[0] = static_cast<NodeId>(g.node_count()); });
  refused("offsets falling", [](RoadGraph& g) { std::swap(g.first_edge[1], g.first_edge[2]); });
  refused("geometry index", [](RoadGraph& g) { g.edge_geometry.back() = static_cast<std::uint32_t>(g.geometry_count()); });
  refused("point offsets", [](RoadGraph& g) { g.geometry_first_point[1] = static_cast<std::uint32_t>(g.points.size() + 5); });
  refused("negative length", [](RoadGraph& g) { g.length_m[0] = -1; });
  refused("coordinates", [](RoadGraph& g) { g.points_xy[0].x = std::numeric_limits<double>::quiet_NaN(); });
  refused("sizes", [](RoadGraph& g) { g.duration_s.pop_back(); });
}

// Two imports of one file at once (two drills started together) each write their own temporary and rename
// it: the cache left behind is whole and no temporary is left in the folder.
TEST(GraphCache, ConcurrentImportsOfOneFileLeaveOneValidCache) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  LoadOptions rebuild = cached_in(dir / "cache");
  rebuild.rebuild = true;
  const RoadGraph expected = load_road_graph(dir / "block.geojson", Profile::kVehicle, no_cache());
  std::vector<std::thread> imports;
  for (int t = 0; t < 4; ++t) {
    imports.emplace_back([&] {
      for (int round = 0; round < 10; ++round) load_road_graph(dir / "block.geojson", Profile::kVehicle, rebuild);
    });
  }
  for (auto& t : imports) t.join();
  const RoadGraph cached = load_road_graph(dir / "block.geojson", Profile::kVehicle, cached_in(dir / "cache"));
  EXPECT_TRUE(cached.stats.from_cache);
  expect_same_graph(cached, expected);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir / "cache"), std::filesystem::directory_iterator()), 1);
}

}  // namespace
}  // namespace bosai::routing::test
