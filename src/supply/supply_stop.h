#pragma once
#include "core/geo_point.h"
#include "supply/clock_time.h"
#include "supply/shelter_demand.h"

#include <string>

namespace bosai::supply {

// A shelter to supply in this scenario: its people (from which demand follows), when it can receive goods
// and how long unloading takes.
struct SupplyStop {
  std::string shelter_id;
  std::string name;
  std::string address;  // printed on the driver's sheet; empty when the scenario gives none
  GeoPoint position;
  ShelterPopulation population;
  Minutes receive_from = 0;
  Minutes receive_until = 24 * 60;
  Minutes unload_minutes = 15;
};

}  // namespace bosai::supply
