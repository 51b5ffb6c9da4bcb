#include "supply/road_travel_network.h"

#include "routing/distances.h"
#include "routing/load_road_graph.h"
#include "routing/route.h"

#include <cmath>

namespace bosai::supply {

RoadTravelNetwork::RoadTravelNetwork(std::filesystem::path roads, std::vector<Area> closed_areas)
    : roads_(std::move(roads)), closed_areas_(std::move(closed_areas)) {}

RoadTravelNetwork::~RoadTravelNetwork() = default;

RoadTravelNetwork::Layer& RoadTravelNetwork::layer(Mobility mobility, Progress& progress) {
  auto& slot = mobility == Mobility::kRoad ? road_ : foot_;
  if (slot) return *slot;
  const auto profile = mobility == Mobility::kRoad ? routing::Profile::kVehicle : routing::Profile::kWalk;
  progress.report("road network " + roads_.filename().string() + " (" + routing::profile_name(profile) + ")", -1);
  auto built = std::make_unique<Layer>();
  built->graph = routing::load_road_graph(roads_, profile, {}, progress);
  built->snapper.emplace(built->graph);
  built->closures.emplace(built->graph);
  for (const auto& area : closed_areas_) {
    const auto closed = built->closures->close_area(area);
    progress.report(area.name() + ": " + std::to_string(closed) + " road edges closed", -1);
  }
  slot = std::move(built);
  return *slot;
}

TravelMatrix RoadTravelNetwork::matrix(const std::vector<GeoPoint>& points, Mobility mobility, double speed_kmh,
                                       Progress& progress) {
  Layer& l = layer(mobility, progress);
  std::vector<routing::SnappedPoint> snapped;
  snapped.reserve(points.size());
  for (const auto& p : points) snapped.push_back(l.snapper->snap(p));
  // A flat speed (carts, bicycles) makes time proportional to distance: the shortest path serves both.
  const bool flat = speed_kmh > 0;
  const auto m = routing::many_to_many(l.graph, snapped, snapped, flat ? routing::Metric::kMetres : routing::Metric::kSeconds,
                                       &*l.closures, {}, progress);
  TravelMatrix out;
  out.size = points.size();
  out.metres = m.metres;
  out.seconds = m.seconds;
  if (flat) {
    const double metres_per_second = speed_kmh / 3.6;
    for (std::size_t i = 0; i < out.metres.size(); ++i) out.seconds[i] = out.metres[i] / metres_per_second;
  }
  return out;
}

std::vector<GeoPoint> RoadTravelNetwork::path(const GeoPoint& from, const GeoPoint& to, Mobility mobility,
                                              Progress& progress) {
  Layer& l = layer(mobility, progress);
  const auto route = routing::shortest_route(l.graph, l.snapper->snap(from), l.snapper->snap(to),
                                             mobility == Mobility::kRoad ? routing::Metric::kSeconds : routing::Metric::kMetres,
                                             &*l.closures);
  return route.found ? route.geometry : std::vector<GeoPoint>{};
}

}  // namespace bosai::supply
