// Road routing and import speed, side by side with a reference on the same input in the same run:
//   1. distance matrix (our threaded many-to-many) vs one Dijkstra per pair, on the real Tachikawa network
//      (43 designated shelters × every junction) and on a synthetic ~100k-node street grid;
//   2. OSM PBF import (read + build the routable graph) vs `ogr2ogr` merely converting the same `lines`
//      layer to GeoJSON, and the cached reload.
#include "routing/dijkstra.h"
#include "routing/distances.h"
#include "routing/load_road_graph.h"
#include "routing/snapper.h"
#include "street_grid.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
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

// Our matrix against one early-stopping Dijkstra per pair, same engine and reused buffers (timed on the first `sample` targets of every
// source and scaled to all pairs, so the reference does not take minutes).
void matrix_vs_pairs(const char* name, const RoadGraph& graph, const std::vector<SnappedPoint>& sources,
                     const std::vector<SnappedPoint>& targets, std::size_t sample) {
  Matrix m;
  const double ours = seconds([&] { m = many_to_many(graph, sources, targets, Metric::kMetres); });
  sample = std::min(sample, targets.size());
  double checksum = 0;
  const double measured = seconds([&] {
    Dijkstra dijkstra(graph, Metric::kMetres, nullptr);  // buffers reused, as in many_to_many
    for (const auto& s : sources) {
      for (std::size_t j = 0; j < sample; ++j) {
        std::vector<NodeId> stop;
        for (const auto& a : dijkstra.reaching(targets[j])) stop.push_back(a.node);
        dijkstra.run(s, stop);
        checksum += dijkstra.arrive(targets[j]).cost;
      }
    }
  });
  double ours_checksum = 0;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    for (std::size_t j = 0; j < sample; ++j) ours_checksum += m(i, j);
  }
  const double reference = measured * static_cast<double>(targets.size()) / static_cast<double>(sample);
  std::printf("%-34s %4zu x %6zu  many_to_many %8.3f s | one Dijkstra per pair %8.3f s (%zu pairs timed) | ratio %6.1fx%s\n",
              name, sources.size(), targets.size(), ours, reference, sources.size() * sample, reference / ours,
              std::abs(checksum - ours_checksum) < 1e-6 * std::max(1.0, checksum) ? "" : "  MISMATCH");
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
    std::vector<SnappedPoint> sources, targets;
    for (const auto& p : shelters(kShared / "tachikawa/gsi-designated-shelters.csv")) sources.push_back(snapper.snap(p));
    for (const auto& p : graph.node_position) targets.push_back(snapper.snap(p));
    matrix_vs_pairs("Tachikawa shelters x junctions", graph, sources, targets, 100);
  }
  {
    const auto grid = bench::write_street_grid({}, "grid-316");
    RoadGraph graph;
    const double build = seconds([&] {
      LoadOptions fresh;
      fresh.use_cache = false;
      graph = load_road_graph(grid, Profile::kVehicle, fresh);
    });
    std::printf("%-34s %zu nodes, %zu edges imported in %.2f s\n", "synthetic grid", graph.node_count(), graph.edge_count(), build);
    const Snapper snapper(graph);
    std::vector<SnappedPoint> sources, targets;
    for (std::size_t i = 0; i < 20; ++i) sources.push_back(snapper.snap(graph.node_position[(i * 7919) % graph.node_count()]));
    for (std::size_t i = 0; i < 2000; ++i) targets.push_back(snapper.snap(graph.node_position[(i * 104729) % graph.node_count()]));
    matrix_vs_pairs("synthetic grid 20 x 2000", graph, sources, targets, 10);
    std::filesystem::remove(grid);
  }
  import_vs_ogr2ogr(kShared / "osm/monaco.osm.pbf");
  import_vs_ogr2ogr(kShared / "osm/andorra.osm.pbf");
  return 0;
}
