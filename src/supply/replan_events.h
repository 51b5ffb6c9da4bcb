#pragma once
#include "supply/clock_time.h"
#include "supply/shelter_demand.h"

#include <map>
#include <set>
#include <string>

namespace bosai::supply {

// What happened in the drill since the plan was made. Road closures are not listed here: they are applied to
// the TravelNetwork the re-plan uses.
struct ReplanEvents {
  Minutes now = 0;
  std::set<std::string> vehicles_down;                  // broken down: its undelivered loads go to others
  std::map<std::string, ShelterPopulation> population;  // shelter id → its new head count
};

}  // namespace bosai::supply
