#include "supply/demand_model.h"

#include <cmath>

namespace bosai::supply {

GroupShares DemandRates::shares_for(const std::string& district_code) const {
  GroupShares shares = default_shares;
  shares["all"] = 1.0;
  if (auto it = district_shares.find(district_code); it != district_shares.end()) {
    for (const auto& [group, share] : it->second) shares[group] = share;
  }
  return shares;
}

ShelterDemand compute_demand(const ShelterPopulation& population, const DemandRates& rates, int days) {
  ShelterDemand demand{population.shelter_id, {}, 0, 0};
  const auto shares = rates.shares_for(population.district_code);
  for (const auto& item : rates.items) {
    const long people = item.occupants_only ? population.occupants : population.occupants + population.home_evacuees;
    const auto share = shares.find(item.group);
    const double in_group = people * (share == shares.end() ? 0.0 : share->second);
    // A small tolerance keeps 3 L × 100 people from becoming 301 L through floating-point noise.
    const double exact = in_group * item.per_person_per_day * (item.once ? 1 : days);
    const long units = static_cast<long>(std::ceil(exact - 1e-9));
    demand.quantity[item.code] = units;
    demand.weight_kg += units * item.weight_kg;
    demand.volume_l += units * item.volume_l;
  }
  return demand;
}

std::vector<ShelterDemand> compute_demands(const std::vector<ShelterPopulation>& populations,
                                           const DemandRates& rates, int days) {
  std::vector<ShelterDemand> out;
  out.reserve(populations.size());
  for (const auto& p : populations) out.push_back(compute_demand(p, rates, days));
  return out;
}

}  // namespace bosai::supply
