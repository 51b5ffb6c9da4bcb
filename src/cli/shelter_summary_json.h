#pragma once
#include "report/shelter_summary.h"

#include <nlohmann/json.hpp>

namespace bosai::cli {

// One 地区's shelters in figures, as `summary --json` and `karte show --json` print them.
nlohmann::json shelter_summary_json(const report::DistrictShelterSummary& summary);

}  // namespace bosai::cli
