#pragma once
#include "core/geo_point.h"
#include "core/progress.h"
#include "supply/fleet_vehicle.h"
#include "supply/travel_matrix.h"

#include <vector>

namespace bosai::supply {

// How the planner learns travel times and paths, without knowing where they come from: the road network in
// production (with drill closures applied), straight lines in tests.
class TravelNetwork {
 public:
  virtual ~TravelNetwork() = default;

  // `speed_kmh` > 0 replaces the network's own speeds (hand carts, bicycles). Long work (loading a road
  // network, many shortest paths) reports to `progress` and throws bosai::Cancelled when it is cancelled.
  virtual TravelMatrix matrix(const std::vector<GeoPoint>& points, Mobility mobility, double speed_kmh,
                              Progress& progress) = 0;
  // The path between two points for maps (empty when unreachable).
  virtual std::vector<GeoPoint> path(const GeoPoint& from, const GeoPoint& to, Mobility mobility,
                                     Progress& progress) = 0;
};

}  // namespace bosai::supply
