#pragma once
#include "core/area.h"
#include "routing/closures.h"
#include "routing/road_graph.h"
#include "routing/snapper.h"
#include "supply/travel_network.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bosai::supply {

// Travel on a real road file: trucks and vans on its vehicle profile, hand carts and bicycles on its walk
// profile, with the drill's closed areas shut on both. Each profile's graph is loaded (or read from the
// cache) the first time a vehicle of that mobility needs it.
class RoadTravelNetwork final : public TravelNetwork {
 public:
  RoadTravelNetwork(std::filesystem::path roads, std::vector<Area> closed_areas);
  ~RoadTravelNetwork() override;

  TravelMatrix matrix(const std::vector<GeoPoint>& points, Mobility mobility, double speed_kmh,
                      Progress& progress) override;
  std::vector<GeoPoint> path(const GeoPoint& from, const GeoPoint& to, Mobility mobility,
                             Progress& progress) override;

 private:
  struct Layer {
    routing::RoadGraph graph;
    std::optional<routing::Snapper> snapper;
    std::optional<routing::Closures> closures;
  };
  Layer& layer(Mobility mobility, Progress& progress);

  std::filesystem::path roads_;
  std::vector<Area> closed_areas_;
  std::unique_ptr<Layer> road_;
  std::unique_ptr<Layer> foot_;
};

}  // namespace bosai::supply
