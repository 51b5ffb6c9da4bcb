#include "cli/road_loading.h"

#include "routing/load_road_graph.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace bosai::cli {

void add_road_file_options(CLI::App& cmd, RoadFileOptions& options) {
  cmd.add_option("FILE", options.file, "Road file: OSM .pbf/.osm, GeoJSON, GeoPackage or Shapefile")->required();
  cmd.add_option("--profile", options.profile, "walk, wheelchair or vehicle");
  cmd.add_flag("--no-cache", options.no_cache, "Import afresh and do not use or write the graph cache");
}

routing::RoadGraph load_roads(const RoadFileOptions& options, const Context& context) {
  const routing::Profile profile = routing::parse_profile(options.profile);
  routing::LoadOptions load;
  load.use_cache = !options.no_cache;
  load.rebuild = options.rebuild;
  if (!context.quiet) {
    auto last = std::make_shared<std::string>();
    // A terminal sees one line counting up; a log file gets one line per finished stage.
    const bool terminal = isatty(STDERR_FILENO) != 0;
    load.progress = [last, terminal, file = options.file](std::string_view stage, double fraction) {
      const int percent = static_cast<int>(fraction * 100);
      const std::string now = std::string(stage) + std::to_string(percent);
      if (now == *last || (!terminal && fraction < 1)) return;
      *last = now;
      std::fprintf(stderr, "%s%s: %.*s %3d%%%s", terminal ? "\r" : "", file.c_str(), static_cast<int>(stage.size()),
                   stage.data(), percent, fraction >= 1 ? "\n" : "");
    };
  }
  return routing::load_road_graph(options.file, profile, load);
}

}  // namespace bosai::cli
