#pragma once
#include "supply/clock_time.h"

#include <string>

namespace bosai::supply {

// How a vehicle moves: trucks and vans on the vehicle road profile, bicycles and hand carts on the walk profile
// (they pass streets trucks cannot).
enum class Mobility { kRoad, kFoot };

// One vehicle of a heterogeneous fleet, with its own depots, working hours and capacity in two dimensions.
struct FleetVehicle {
  std::string id;
  std::string name;        // 2tトラック1号
  std::string kind;        // truck, van, bicycle, cart … (free text, shown on the route sheet)
  Mobility mobility = Mobility::kRoad;
  std::string start_depot;
  std::string end_depot;   // defaults to start_depot
  double capacity_kg = 0;
  double capacity_l = 0;
  Minutes shift_start = 8 * 60;
  Minutes shift_end = 17 * 60;
  double speed_kmh = 0;    // 0: the road profile's own speeds; otherwise a flat speed (carts, bicycles)
};

}  // namespace bosai::supply
