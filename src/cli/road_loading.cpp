#include "cli/road_loading.h"

namespace bosai::cli {

void add_road_file_options(CLI::App& cmd, RoadFileOptions& options) {
  cmd.add_option("FILE", options.file, "Road file: OSM .pbf/.osm, GeoJSON, GeoPackage or Shapefile")->required();
  cmd.add_option("--profile", options.profile, "walk, wheelchair or vehicle");
  cmd.add_flag("--no-cache", options.no_cache, "Import afresh and do not use or write the graph cache");
}

services::RoadSource road_source(const RoadFileOptions& options) {
  return {options.file, options.profile, !options.no_cache, options.rebuild};
}

}  // namespace bosai::cli
