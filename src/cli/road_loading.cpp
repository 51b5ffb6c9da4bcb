#include "cli/road_loading.h"

#include "cli/stderr_progress.h"
#include "routing/load_road_graph.h"

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
  StderrProgress progress(context);
  return routing::load_road_graph(options.file, profile, load, progress);
}

}  // namespace bosai::cli
