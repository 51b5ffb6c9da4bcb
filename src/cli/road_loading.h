#pragma once
#include "cli/context.h"
#include "routing/road_graph.h"

#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// FILE and --profile, shared by `roads import`, `roads stats` and `route`.
struct RoadFileOptions {
  std::string file;
  std::string profile = "walk";
  bool no_cache = false;
  bool rebuild = false;  // `roads import`: build afresh even when the cache is current
};
void add_road_file_options(CLI::App& cmd, RoadFileOptions& options);

// Loads (or reads the cache of) the road graph, showing progress on stderr unless --quiet.
routing::RoadGraph load_roads(const RoadFileOptions& options, const Context& context);

}  // namespace bosai::cli
