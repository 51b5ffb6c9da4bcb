#pragma once
#include "cli/context.h"
#include "services/road_network.h"

#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// FILE, --profile and --no-cache, shared by `roads import`, `roads stats` and `route`.
struct RoadFileOptions {
  std::string file;
  std::string profile = "walk";
  bool no_cache = false;
  bool rebuild = false;  // `roads import`: build afresh even when the cache is current
};
void add_road_file_options(CLI::App& cmd, RoadFileOptions& options);

services::RoadSource road_source(const RoadFileOptions& options);

}  // namespace bosai::cli
