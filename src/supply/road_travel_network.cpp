#include "supply/road_travel_network.h"

#include "routing/distances.h"
#include "routing/load_road_graph.h"
#include "routing/route.h"

namespace bosai::supply {

RoadTravelNetwork::Network::Network(routing::RoadGraph g)
    : graph(std::move(g)), snapper(graph), closures(graph) {}

RoadTravelNetwork::RoadTravelNetwork(const std::filesystem::path& roads, const routing::LoadOptions& options)
    : road_(std::make_unique<Network>(routing::load_road_graph(roads, routing::Profile::kVehicle, options))),
      foot_(std::make_unique<Network>(routing::load_road_graph(roads, routing::Profile::kWalk, options))) {}

std::size_t RoadTravelNetwork::close_area(const geo::Area& area) {
  return road_->closures.close_area(area) + foot_->closures.close_area(area);
}

void RoadTravelNetwork::reopen_all() {
  road_->closures.reopen_all();
  foot_->closures.reopen_all();
}

TravelMatrix RoadTravelNetwork::matrix(const std::vector<GeoPoint>& points, Mobility mobility, double speed_kmh) {
  Network& n = network(mobility);
  std::vector<routing::SnappedPoint> snapped;
  snapped.reserve(points.size());
  for (const auto& p : points) snapped.push_back(n.snapper.snap(p));
  const bool flat_speed = speed_kmh > 0;
  const routing::Matrix m = routing::many_to_many(n.graph, snapped, snapped,
                                                  flat_speed ? routing::Metric::kMetres : routing::Metric::kSeconds,
                                                  &n.closures);
  TravelMatrix out;
  out.size = points.size();
  out.metres = m.metres;
  out.seconds = m.seconds;
  if (flat_speed) {
    for (std::size_t i = 0; i < out.metres.size(); ++i) out.seconds[i] = out.metres[i] / (speed_kmh / 3.6);
  }
  return out;
}

std::vector<GeoPoint> RoadTravelNetwork::path(const GeoPoint& from, const GeoPoint& to, Mobility mobility) {
  Network& n = network(mobility);
  return routing::shortest_route(n.graph, n.snapper.snap(from), n.snapper.snap(to),
                                 mobility == Mobility::kRoad ? routing::Metric::kSeconds : routing::Metric::kMetres,
                                 &n.closures)
      .geometry;
}

}  // namespace bosai::supply
