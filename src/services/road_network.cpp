#include "services/road_network.h"

#include "routing/load_road_graph.h"

namespace bosai::services {
namespace {

routing::LoadOptions load_options(const RoadSource& source) {
  routing::LoadOptions load;
  load.use_cache = source.use_cache;
  load.rebuild = source.rebuild;
  return load;
}

routing::RoadGraph load(const RoadSource& source, Progress& progress) {
  return routing::load_road_graph(source.file, routing::parse_profile(source.profile), load_options(source), progress);
}

}  // namespace

RoadNetwork::RoadNetwork(const RoadSource& source, Progress& progress)
    : source_(source),
      graph_(load(source, progress)),
      snapper_(std::make_unique<routing::Snapper>(graph_)),
      closures_(std::make_unique<routing::Closures>(graph_)) {}

RoadImportResult import_roads(const RoadSource& source, Progress& progress) {
  const routing::RoadGraph graph = load(source, progress);
  RoadImportResult out{graph.stats, routing::profile_name(graph.profile), {}};
  if (source.use_cache) out.cache_file = routing::graph_cache_file(source.file, graph.profile);
  return out;
}

}  // namespace bosai::services
