#pragma once
#include "routing/profile.h"

#include <cstddef>
#include <string>

namespace bosai::routing {

// What an import read, kept and dropped, so a user can judge whether the network is fit for the drill.
struct ImportStats {
  std::string source;       // the file as given
  std::string driver;       // GDAL driver (OSM, GeoJSON, GPKG, ESRI Shapefile)
  Profile profile = Profile::kWalk;
  bool junction_ids = false;  // topology from `u`/`v` columns (OSMnx export) rather than shared vertices
  int epsg = 0;               // metric projection used for snapping and areas

  std::size_t features_read = 0;
  std::size_t features_used = 0;          // ways this profile may travel
  std::size_t features_not_routable = 0;  // not a road for this profile (class, access, steps, width …)
  std::size_t features_without_line = 0;  // no or degenerate line geometry

  std::size_t input_nodes = 0;           // junctions before pruning
  std::size_t input_edges = 0;           // directed edges before pruning (after removing parallel twins)
  std::size_t parallel_edges_merged = 0;  // u→v listed more than once: the shortest is kept
  std::size_t self_loops_dropped = 0;

  std::size_t components = 0;         // strongly connected components of the input network
  std::size_t largest_scc_nodes = 0;  // the one kept
  std::size_t dropped_nodes = 0;      // outside it (unreachable islands, dead-end one-way traps)
  std::size_t dropped_edges = 0;

  std::size_t nodes = 0;  // in the routable graph
  std::size_t edges = 0;
  double total_length_km = 0;  // sum of directed edge lengths

  bool from_cache = false;
  double seconds = 0;  // wall time of this load
};

}  // namespace bosai::routing
