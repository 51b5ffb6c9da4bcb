#pragma once
#include "core/geo_point.h"

namespace bosai {

// Great-circle distance in metres on the mean Earth sphere (as OSRM and OSMnx measure way lengths).
double great_circle_m(const GeoPoint& a, const GeoPoint& b);

}  // namespace bosai
