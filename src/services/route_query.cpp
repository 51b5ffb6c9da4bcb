#include "services/route_query.h"

#include "routing/route_geojson.h"

namespace bosai::services {

RouteAnswer find_route(const RoadNetwork& network, const GeoPoint& from, const GeoPoint& to, bool fastest) {
  RouteAnswer answer;
  answer.profile = routing::profile_name(network.graph().profile);
  answer.fastest = fastest;
  answer.closed_edges = network.closures().closed_count();
  answer.route = routing::shortest_route(network.graph(), network.snap(from), network.snap(to),
                                         fastest ? routing::Metric::kSeconds : routing::Metric::kMetres,
                                         &network.closures());
  return answer;
}

std::string route_geojson(const routing::Route& route) { return routing::route_geojson(route); }

}  // namespace bosai::services
