#include "cli/road_loading.h"

#include "routing/load_road_graph.h"

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
  if (!context.quiet) {
    auto last = std::make_shared<int>(-1);
    load.progress = [last, file = options.file](std::string_view stage, double fraction) {
      const int percent = static_cast<int>(fraction * 100);
      if (percent == *last && fraction < 1) return;
      *last = percent;
      std::fprintf(stderr, "\r%s: %.*s %3d%%%s", file.c_str(), static_cast<int>(stage.size()), stage.data(), percent,
                   stage == "building" && fraction >= 1 ? "\n" : "");
    };
  }
  return routing::load_road_graph(options.file, profile, load);
}

}  // namespace bosai::cli
