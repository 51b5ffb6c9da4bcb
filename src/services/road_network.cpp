#include "services/road_network.h"

#include "core/error.h"
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

std::size_t RoadNetwork::close_area(const Area& area) {
  const std::size_t before = closures_->closed_count();
  const std::string name = area.name().empty() ? "area " + std::to_string(++unnamed_) : area.name();
  const bool replacing = closed_areas_.count(name) > 0;
  closed_areas_.insert_or_assign(name, area);
  if (!replacing) return closures_->close_area(area);
  const std::size_t after = reapply();
  return after > before ? after - before : 0;
}

std::size_t RoadNetwork::lift_closure(const std::string& name) {
  if (closed_areas_.erase(name) == 0) throw NotFoundError("", 0, "closure", "no closure named " + name);
  const std::size_t before = closures_->closed_count();
  return before - reapply();
}

std::vector<std::string> RoadNetwork::closure_names() const {
  std::vector<std::string> names;
  for (const auto& [name, area] : closed_areas_) names.push_back(name);
  return names;
}

std::size_t RoadNetwork::reapply() {
  closures_->reopen_all();
  for (const auto& [name, area] : closed_areas_) closures_->close_area(area);
  return closures_->closed_count();
}

RoadImportResult import_roads(const RoadSource& source, Progress& progress) {
  const routing::RoadGraph graph = load(source, progress);
  RoadImportResult out{graph.stats, routing::profile_name(graph.profile), {}};
  if (source.use_cache) out.cache_file = routing::graph_cache_file(source.file, graph.profile);
  return out;
}

}  // namespace bosai::services
