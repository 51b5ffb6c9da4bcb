#pragma once
#include "core/progress.h"
#include "core/area.h"
#include "routing/closures.h"
#include "routing/import_stats.h"
#include "routing/road_graph.h"
#include "routing/snapper.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bosai::services {

// Which road file and profile to route on, and how to use the prepared-graph cache.
struct RoadSource {
  std::filesystem::path file;
  std::string profile = "walk";  // walk, wheelchair, vehicle (InputError on field "profile" otherwise)
  bool use_cache = true;
  bool rebuild = false;  // import afresh even when the cache is current (and replace it)
};

// A loaded road network with what every query needs beside it: the snapper and the drill's closed roads.
// One is kept for a whole drill, so closures added and lifted by injects apply to every later query.
class RoadNetwork {
 public:
  RoadNetwork(const RoadSource& source, Progress& progress);
  RoadNetwork(const RoadNetwork&) = delete;
  RoadNetwork& operator=(const RoadNetwork&) = delete;

  const routing::RoadGraph& graph() const { return graph_; }
  const routing::Snapper& snapper() const { return *snapper_; }
  const routing::Closures& closures() const { return *closures_; }
  const RoadSource& source() const { return source_; }

  // A closure by name (an inject: "延焼 3丁目 14:20"): every road touching the area is shut until it is lifted.
  // A name already closed is replaced (the fire grew). Returns how many directed edges are newly closed.
  std::size_t close_area(const Area& area);
  // Opens what only this closure shut (roads under another closure stay shut) and returns how many directed
  // edges opened. NotFoundError (field "closure") for a name not closed.
  std::size_t lift_closure(const std::string& name);
  // Names of the closures in force, in name order.
  std::vector<std::string> closure_names() const;
  // Where a point joins the network, avoiding closed roads.
  routing::SnappedPoint snap(const GeoPoint& point) const { return snapper_->snap(point, closures_.get()); }

 private:
  RoadSource source_;
  routing::RoadGraph graph_;
  std::unique_ptr<routing::Snapper> snapper_;
  std::unique_ptr<routing::Closures> closures_;
  std::map<std::string, Area> closed_areas_;
  std::size_t unnamed_ = 0;
  std::size_t reapply();  // the closures from closed_areas_ alone; returns the closed edge count
};

// `roads import` / `roads stats`: the graph's figures and where its prepared form is cached.
struct RoadImportResult {
  routing::ImportStats stats;
  std::string profile;
  std::filesystem::path cache_file;  // empty when the cache is not used
};
RoadImportResult import_roads(const RoadSource& source, Progress& progress);

}  // namespace bosai::services
