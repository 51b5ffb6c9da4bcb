// Road routing and import speed, side by side with a reference on the same input in the same run:
//   1. distance matrix (our many-to-many, one thread and all threads) vs Boost.Graph's dijkstra_shortest_paths
//      run one-to-all once per source on the same graph, on the real Tachikawa network (43 designated shelters ×
//      every junction) and on a synthetic ~100k-node street grid; plus the floor under any PHAST-style
//      speed-up (one linear pass over every edge per source);
//   2. OSM PBF import (read + build the routable graph) vs `ogr2ogr` merely converting the same `lines`
//      layer to GeoJSON, and the cached reload.
#include "routing/distances.h"
#include "routing/load_road_graph.h"
#include "routing/snapper.h"
#include "street_grid.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace bosai;
using namespace bosai::routing;

namespace {

const std::filesystem::path kShared = BOSAI_SHARED_DATA;

template <class F>
double seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<GeoPoint> shelters(const std::filesystem::path& csv) {
  std::ifstream in(csv);
  std::vector<GeoPoint> out;
  std::string line;
  std::getline(in, line);  // header: 緯度 and 経度 are the 9th and 10th columns
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    if (cells.size() >= 10) out.push_back({std::stod(cells[8]), std::stod(cells[9])});
  }
  return out;
}

SnappedPoint at_junction(const RoadGraph& graph, NodeId n) {
  SnappedPoint p;
  p.query = p.position = graph.node_position[n];
  p.node = n;
  return p;
}

// Our matrix against Boost's one-to-all Dijkstra per source (CSR graph built once, not timed), sources and
// targets at junctions so that both compute exactly the same distances; a checksum proves it.
void matrix_vs_boost(const char* name, const RoadGraph& graph, const std::vector<NodeId>& sources,
                     const std::vector<NodeId>& targets) {
  std::vector<SnappedPoint> from, to;
  for (NodeId n : sources) from.push_back(at_junction(graph, n));
  for (NodeId n : targets) to.push_back(at_junction(graph, n));
  Matrix single, threaded;
  ManyToManyOptions one;
  one.threads = 1;
  const double ours = seconds([&] { single = many_to_many(graph, from, to, Metric::kMetres, nullptr, one); });
  const double ours_threads = seconds([&] { threaded = many_to_many(graph, from, to, Metric::kMetres); });

  using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, double>;
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  edges.reserve(graph.edge_count());
  for (std::size_t e = 0; e < graph.edge_count(); ++e) edges.emplace_back(graph.edge_source[e], graph.edge_target[e]);
  const Csr csr(boost::edges_are_sorted, edges.begin(), edges.end(), graph.length_m.begin(), graph.node_count());
  std::vector<double> dist(graph.node_count());
  double boost_checksum = 0;
  const double reference = seconds([&] {
    for (NodeId s : sources) {
      boost::dijkstra_shortest_paths(
          csr, s, boost::weight_map(boost::get(boost::edge_bundle, csr)).distance_map(
                   boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, csr))));
      for (NodeId t : targets) boost_checksum += dist[t];
    }
  });
  // PHAST answers one source with a linear sweep over the contraction hierarchy's downward edges (at least
  // as many as the graph's): one relaxation pass over every edge is the floor under its query time.
  std::vector<double> label(graph.node_count());
  const double sweep = seconds([&] {
    for (NodeId s : sources) {
      std::fill(label.begin(), label.end(), std::numeric_limits<double>::infinity());
      label[s] = 0;
      for (std::size_t v = 0; v < graph.node_count(); ++v) {
        for (EdgeId e = graph.first_edge[v]; e < graph.first_edge[v + 1]; ++e) {
          label[graph.edge_target[e]] = std::min(label[graph.edge_target[e]], label[v] + graph.length_m[e]);
        }
      }
    }
  });
  double ours_checksum = 0, threaded_checksum = 0;
  for (std::size_t i = 0; i < from.size(); ++i) {
    for (std::size_t j = 0; j < to.size(); ++j) ours_checksum += single(i, j), threaded_checksum += threaded(i, j);
  }
  const bool same = std::abs(boost_checksum - ours_checksum) < 1e-6 * std::max(1.0, boost_checksum) &&
                    std::abs(threaded_checksum - ours_checksum) < 1e-6 * std::max(1.0, ours_checksum);
  std::printf("%-32s %4zu x %6zu  ours 1 thread %7.3f s (all threads %7.3f s) | Boost one-to-all per source %7.3f s"
              " | Boost/ours %5.2fx (threads %5.2fx) | PHAST floor (1 edge pass/source) %7.3f s = %4.1fx under ours%s\n",
              name, sources.size(), targets.size(), ours, ours_threads, reference, reference / ours,
              reference / ours_threads, sweep, ours / sweep, same ? "" : "  MISMATCH");
}

void import_vs_ogr2ogr(const std::filesystem::path& pbf) {
  if (!std::filesystem::exists(pbf)) return;
  LoadOptions fresh;
  fresh.use_cache = false;
  std::size_t nodes = 0;
  const double ours = seconds([&] { nodes = load_road_graph(pbf, Profile::kVehicle, fresh).node_count(); });
  const auto out = std::filesystem::temp_directory_path() / "bosai-bench-ogr2ogr.geojson";
  std::filesystem::remove(out);
  const std::string command = "ogr2ogr -q -f GeoJSON '" + out.string() + "' '" + pbf.string() + "' lines 2>/dev/null";
  int status = 0;
  const double reference = seconds([&] { status = std::system(command.c_str()); });
  LoadOptions cached;
  cached.cache_dir = std::filesystem::temp_directory_path() / "bosai-bench-cache";
  load_road_graph(pbf, Profile::kVehicle, cached);
  const double reload = seconds([&] { load_road_graph(pbf, Profile::kVehicle, cached); });
  std::printf("%-34s import+graph %8.3f s (%zu nodes) | ogr2ogr lines→GeoJSON %8.3f s%s | ratio %5.2fx | cached reload %7.4f s\n",
              pbf.filename().c_str(), ours, nodes, reference, status == 0 ? "" : " (FAILED)", reference / ours, reload);
}

}  // namespace

int main() {
  const auto tachikawa = kShared / "tachikawa/roads-drive.geojson";
  if (std::filesystem::exists(tachikawa)) {
    LoadOptions fresh;
    fresh.use_cache = false;
    const RoadGraph graph = load_road_graph(tachikawa, Profile::kVehicle, fresh);
    const Snapper snapper(graph);
    std::vector<NodeId> sources, targets;
    for (const auto& p : shelters(kShared / "tachikawa/gsi-designated-shelters.csv")) {
      const SnappedPoint s = snapper.snap(p);
      sources.push_back(s.on_node() ? s.node : graph.geometry_start[s.geometry]);
    }
    for (NodeId n = 0; n < graph.node_count(); ++n) targets.push_back(n);
    matrix_vs_boost("Tachikawa shelters x junctions", graph, sources, targets);
  }
  {
    const auto grid = bench::write_street_grid({}, "grid-316");
    RoadGraph graph;
    const double build = seconds([&] {
      LoadOptions fresh;
      fresh.use_cache = false;
      graph = load_road_graph(grid, Profile::kVehicle, fresh);
    });
    std::printf("%-32s %zu nodes, %zu edges imported in %.2f s\n", "synthetic grid", graph.node_count(), graph.edge_count(), build);
    std::vector<NodeId> sources, targets;
    const auto n = static_cast<NodeId>(graph.node_count());
    for (NodeId i = 0; i < 20; ++i) sources.push_back((i * 7919) % n);
    for (NodeId i = 0; i < 2000; ++i) targets.push_back((i * 104729) % n);
    matrix_vs_boost("synthetic grid 20 x 2000", graph, sources, targets);
    sources.clear();
    for (NodeId i = 0; i < 300; ++i) sources.push_back((i * 7919) % n);
    matrix_vs_boost("synthetic grid 300 x 2000", graph, sources, targets);
    std::filesystem::remove(grid);
  }
  import_vs_ogr2ogr(kShared / "osm/monaco.osm.pbf");
  import_vs_ogr2ogr(kShared / "osm/andorra.osm.pbf");
  return 0;
}
