#pragma once
#include "supply/delivery_job.h"
#include "supply/demand_rates.h"
#include "supply/shelter_demand.h"

#include <vector>

namespace bosai::supply {

// Splits a shelter's demand into as few jobs as needed so that each fits within `max_kg` and `max_l` (the
// largest vehicle), spreading every item evenly over the jobs. Jobs are numbered from `first_number`.
std::vector<DeliveryJob> split_demand(const ShelterDemand& demand, const std::vector<SupplyItem>& items,
                                      double max_kg, double max_l, int first_number = 1);

}  // namespace bosai::supply
