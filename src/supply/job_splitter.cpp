#include "supply/job_splitter.h"

#include <algorithm>
#include <cmath>

namespace bosai::supply {
namespace {

std::vector<DeliveryJob> split_into(const ShelterDemand& demand, const std::vector<SupplyItem>& items, int parts,
                                    int first_number) {
  std::vector<DeliveryJob> jobs(parts);
  for (int k = 0; k < parts; ++k) {
    jobs[k].id = demand.shelter_id + "#" + std::to_string(first_number + k);
    jobs[k].shelter_id = demand.shelter_id;
  }
  for (const auto& item : items) {
    const auto it = demand.quantity.find(item.code);
    const long total = it == demand.quantity.end() ? 0 : it->second;
    if (total <= 0) continue;
    for (int k = 0; k < parts; ++k) {
      const long units = total / parts + (k < total % parts ? 1 : 0);
      if (units == 0) continue;
      jobs[k].quantity[item.code] = units;
      jobs[k].weight_kg += units * item.weight_kg;
      jobs[k].volume_l += units * item.volume_l;
    }
  }
  return jobs;
}

}  // namespace

std::vector<DeliveryJob> split_demand(const ShelterDemand& demand, const std::vector<SupplyItem>& items,
                                      double max_kg, double max_l, int first_number) {
  if (demand.weight_kg <= 0 && demand.volume_l <= 0) return {};
  if (max_kg <= 0 || max_l <= 0) return split_into(demand, items, 1, first_number);  // nothing fits anyway
  int parts = std::max(1, static_cast<int>(std::ceil(std::max(demand.weight_kg / std::max(max_kg, 1e-9),
                                                              demand.volume_l / std::max(max_l, 1e-9)) - 1e-9)));
  long total_units = 0;
  for (const auto& [code, units] : demand.quantity) total_units += std::max(0L, units);
  // Whole units do not always divide evenly: add a part until every one fits. A single unit heavier than the
  // largest vehicle never fits; once parts outnumber units the job is returned as it is and the planner
  // reports it unserved.
  for (;; ++parts) {
    auto jobs = split_into(demand, items, parts, first_number);
    const bool fits = std::all_of(jobs.begin(), jobs.end(), [&](const DeliveryJob& j) {
      return j.weight_kg <= max_kg + 1e-9 && j.volume_l <= max_l + 1e-9;
    });
    if (fits || parts >= total_units) {
      std::erase_if(jobs, [](const DeliveryJob& j) { return j.quantity.empty(); });
      return jobs;
    }
  }
}

}  // namespace bosai::supply
