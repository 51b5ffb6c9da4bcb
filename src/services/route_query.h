#pragma once
#include "core/geo_point.h"
#include "routing/route.h"
#include "services/road_network.h"

#include <string>

namespace bosai::services {

struct RouteAnswer {
  routing::Route route;
  std::string profile;
  bool fastest = false;
  std::size_t closed_edges = 0;
};

// The shortest (or, with `fastest`, quickest) route between two points on the network, avoiding its
// closed roads. `route.found` is false when the end cannot be reached.
RouteAnswer find_route(const RoadNetwork& network, const GeoPoint& from, const GeoPoint& to, bool fastest);

// The route as a GeoJSON FeatureCollection (one LineString with distance and time).
std::string route_geojson(const routing::Route& route);

}  // namespace bosai::services
