#pragma once
#include "supply/demand_rates.h"
#include "supply/shelter_demand.h"

#include <vector>

namespace bosai::supply {

// Daily needs per shelter: people in the item's group × rate × days, rounded up to whole units.
// Occupants and home evacuees both count, except for items marked occupants-only; one-off items are not
// multiplied by days.
ShelterDemand compute_demand(const ShelterPopulation& population, const DemandRates& rates, int days = 1);
std::vector<ShelterDemand> compute_demands(const std::vector<ShelterPopulation>& populations,
                                           const DemandRates& rates, int days = 1);

}  // namespace bosai::supply
