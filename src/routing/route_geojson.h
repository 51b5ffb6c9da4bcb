#pragma once
#include "routing/route.h"

#include <string>

namespace bosai::routing {

// A GeoJSON FeatureCollection: the route as a LineString (properties distance_m, duration_s) and the
// snapped start and end as Points, ready for a map or `ogr2ogr`.
std::string route_geojson(const Route& route);

}  // namespace bosai::routing
