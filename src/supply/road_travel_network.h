#pragma once
#include "geo/area.h"
#include "routing/closures.h"
#include "routing/load_options.h"
#include "routing/road_graph.h"
#include "routing/snapper.h"
#include "supply/travel_network.h"

#include <filesystem>
#include <memory>

namespace bosai::supply {

// The planner's TravelNetwork on a real road file: trucks on the vehicle profile, carts and bicycles on the
// walk profile, drill closures applied to both. Matrices minimise time (at `speed_kmh` when given, which
// then means shortest distance on the walk network divided by that speed).
class RoadTravelNetwork : public TravelNetwork {
 public:
  explicit RoadTravelNetwork(const std::filesystem::path& roads, const routing::LoadOptions& options = {});

  // Closes every road touching the area on both networks; returns the number of directed edges closed.
  std::size_t close_area(const geo::Area& area);
  void reopen_all();

  TravelMatrix matrix(const std::vector<GeoPoint>& points, Mobility mobility, double speed_kmh) override;
  std::vector<GeoPoint> path(const GeoPoint& from, const GeoPoint& to, Mobility mobility) override;

 private:
  struct Network {
    routing::RoadGraph graph;
    routing::Snapper snapper;
    routing::Closures closures;
    explicit Network(routing::RoadGraph g);
  };
  Network& network(Mobility mobility) { return mobility == Mobility::kRoad ? *road_ : *foot_; }
  std::unique_ptr<Network> road_;
  std::unique_ptr<Network> foot_;
};

}  // namespace bosai::supply
