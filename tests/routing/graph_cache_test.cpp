#include "road_fixtures.h"
#include "routing/load_road_graph.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>

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

}  // namespace
}  // namespace bosai::routing::test
