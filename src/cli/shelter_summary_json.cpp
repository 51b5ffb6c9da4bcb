#include "cli/shelter_summary_json.h"

#include "core/shelter_kind.h"

namespace bosai::cli {

nlohmann::json shelter_summary_json(const report::DistrictShelterSummary& d) {
  nlohmann::json kinds = nlohmann::json::object();
  for (std::size_t i = 0; i < kAllShelterKinds.size(); ++i) kinds[shelter_kind_key(kAllShelterKinds[i])] = d.by_kind[i];
  return {{"district", d.code},
          {"name", d.name},
          {"shelters", kinds},
          {"capacity", d.capacity()},
          {"capacity_stated", d.capacity_stated},
          {"capacity_estimated", d.capacity_estimated},
          {"shelters_without_capacity", d.without_capacity},
          {"capacity_infection_control", d.infection_control_capacity()}};
}

}  // namespace bosai::cli
