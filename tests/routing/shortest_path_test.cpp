#include "road_fixtures.h"
#include "routing/distances.h"
#include "routing/route.h"
#include "routing/snapper.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <random>

namespace bosai::routing::test {
namespace {

using bosai::test::TempDir;
using bosai::test::write_file;

// The independent reference: the raw GeoJSON read with nlohmann-json (not GDAL), every u→v and, unless
// one-way, v→u with the file's `length`, solved with boost::dijkstra_shortest_paths on an adjacency_list.
struct Reference {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                      boost::property<boost::edge_weight_t, double>>;
  Graph graph;
  std::map<std::string, int> index;
  std::vector<GeoPoint> position;

  explicit Reference(const std::filesystem::path& file) {
    std::ifstream in(file);
    const auto json = nlohmann::json::parse(in);
    auto node = [&](const nlohmann::json& id, const nlohmann::json& lon_lat) {
      const std::string key = id.is_string() ? id.get<std::string>() : id.dump();
      auto [it, added] = index.emplace(key, static_cast<int>(position.size()));
      if (added) position.push_back({lon_lat[1].get<double>(), lon_lat[0].get<double>()});
      return it->second;
    };
    for (const auto& f : json["features"]) {
      const auto& p = f["properties"];
      const auto& coords = f["geometry"]["coordinates"];
      const int u = node(p["u"], coords.front());
      const int v = node(p["v"], coords.back());
      const double length = p["length"].is_string() ? std::stod(p["length"].get<std::string>()) : p["length"].get<double>();
      const bool oneway = p["oneway"].is_string() ? p["oneway"] == "True" : p["oneway"].get<bool>();
      boost::add_edge(u, v, length, graph);
      if (!oneway) boost::add_edge(v, u, length, graph);
    }
  }

  std::vector<double> from(int source) const {
    std::vector<double> d(boost::num_vertices(graph));
    boost::dijkstra_shortest_paths(graph, source, boost::distance_map(d.data()));
    return d;
  }
};

// Junction-to-junction distances on the real Tachikawa network equal the true shortest road distances.
TEST(ShortestPath, TachikawaMatchesAnIndependentDijkstra) {
  BOSAI_REQUIRE_SHARED("tachikawa/roads-drive.geojson");
  const auto file = bosai::test::shared_data_dir() / "tachikawa/roads-drive.geojson";
  const Reference reference(file);
  const RoadGraph graph = load_road_graph(file, Profile::kVehicle, no_cache());
  const Snapper snapper(graph);
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<int> pick(0, static_cast<int>(reference.position.size()) - 1);
  std::vector<SnappedPoint> targets;
  std::vector<int> target_ids;
  for (int i = 0; i < 40; ++i) {
    target_ids.push_back(pick(rng));
    targets.push_back(snapper.snap(reference.position[target_ids.back()]));
    EXPECT_TRUE(targets.back().on_node());
    EXPECT_EQ(targets.back().offset_m, 0.0);
  }
  std::vector<SnappedPoint> sources;
  for (int i = 0; i < 8; ++i) {
    const int s = pick(rng);
    sources.push_back(snapper.snap(reference.position[s]));
    const std::vector<double> expected = reference.from(s);
    const std::vector<double> ours = one_to_many(graph, sources.back(), targets, Metric::kMetres);
    for (std::size_t j = 0; j < targets.size(); ++j) {
      EXPECT_NEAR(ours[j], expected[target_ids[j]], 1e-6) << "from " << s << " to " << target_ids[j];
    }
    const Route route = shortest_route(graph, sources.back(), targets[0], Metric::kMetres);
    EXPECT_NEAR(route.distance_m, expected[target_ids[0]], 1e-6);
    double along_edges = 0;
    for (EdgeId e : route.edges) along_edges += graph.length_m[e];
    EXPECT_NEAR(along_edges, route.distance_m, 1e-6);
  }
  // Threaded many-to-many gives the very numbers of one Dijkstra per source.
  const Matrix m = many_to_many(graph, sources, targets, Metric::kMetres, nullptr, {2});
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const std::vector<double> row = one_to_many(graph, sources[i], targets, Metric::kMetres);
    for (std::size_t j = 0; j < targets.size(); ++j) EXPECT_EQ(m(i, j), row[j]);
  }
}

// Between junctions, a point part-way along a street starts or ends travel part-way along it.
TEST(ShortestPath, PointsBetweenJunctionsUseTheirShareOfTheStreet) {
  TempDir dir;
  write_file(dir / "block.geojson", roads_geojson(square_block()));
  const RoadGraph g = load_road_graph(dir / "block.geojson", Profile::kVehicle, no_cache());
  const Snapper snapper(g);
  const auto block = square_block();
  const auto [ax, ay] = block[0].lon_lat[0];
  const auto [bx, by] = block[0].lon_lat[1];
  const auto [cx, cy] = block[1].lon_lat[1];
  const SnappedPoint middle_ab = snapper.snap({ay - 0.0001, (ax + bx) / 2});  // ~11 m south of the street
  EXPECT_FALSE(middle_ab.on_node());
  EXPECT_NEAR(middle_ab.offset_m, 11.1, 0.2);
  const SnappedPoint c = snapper.snap({cy, cx});
  EXPECT_TRUE(c.on_node());
  const Route r = shortest_route(g, middle_ab, c, Metric::kMetres);
  ASSERT_TRUE(r.found);
  EXPECT_NEAR(r.distance_m, 150, 0.5);
  EXPECT_NEAR(r.duration_s, r.distance_m / (20 / 3.6), 0.01);  // residential without maxspeed: 20 km/h
  EXPECT_NEAR(r.geometry.front().lon, (ax + bx) / 2, 1e-9);
  EXPECT_NEAR(r.geometry.back().lat, cy, 1e-12);
  EXPECT_EQ(r.geometry.size(), 3u);  // snapped start, B, C
  const SnappedPoint three_quarters = snapper.snap({ay, ax + (bx - ax) * 0.75});
  const Route along = shortest_route(g, middle_ab, three_quarters, Metric::kMetres);
  EXPECT_NEAR(along.distance_m, 25, 0.1);
  const Route back = shortest_route(g, three_quarters, middle_ab, Metric::kMetres);
  EXPECT_NEAR(back.distance_m, 25, 0.1);
}

// One-way streets bind vehicles but not walkers.
TEST(ShortestPath, OneWayStreetsForVehiclesOnly) {
  auto roads = square_block();
  roads[2].oneway = true;  // C→D only
  TempDir dir;
  write_file(dir / "oneway.geojson", roads_geojson(roads));
  const auto [cx, cy] = roads[2].lon_lat[0];
  const auto [dx, dy] = roads[2].lon_lat[1];
  for (Profile p : {Profile::kVehicle, Profile::kWalk}) {
    const RoadGraph g = load_road_graph(dir / "oneway.geojson", p, no_cache());
    const Snapper snapper(g);
    const SnappedPoint d = snapper.snap({dy, dx}), c = snapper.snap({cy, cx});
    EXPECT_DOUBLE_EQ(shortest_route(g, c, d, Metric::kMetres).distance_m, 100);
    EXPECT_DOUBLE_EQ(shortest_route(g, d, c, Metric::kMetres).distance_m, p == Profile::kVehicle ? 300 : 100);
  }
}

}  // namespace
}  // namespace bosai::routing::test
