#pragma once
#include "supply/depot.h"
#include "supply/fleet_vehicle.h"
#include "supply/supply_stop.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::supply {

// A relief-supply transport scenario (drills/*.toml): depots, fleet, shelters and the road network to plan on.
struct SupplyScenario {
  std::string name;
  std::string date;                     // the day planned, YYYY-MM-DD; empty when the scenario gives none
  int days = 1;                         // demand horizon
  std::filesystem::path roads;          // road network file (resolved against the scenario's folder)
  std::filesystem::path rates;          // demand rates table (plans/supply-rates.toml by default)
  std::vector<Depot> depots;
  std::vector<FleetVehicle> vehicles;
  std::vector<SupplyStop> stops;
};

}  // namespace bosai::supply
