#pragma once
#include "core/great_circle.h"

namespace bosai::geo {

// Distances on the map are core's: geo, routing and the people module measure the same way.
using bosai::great_circle_m;

}  // namespace bosai::geo
