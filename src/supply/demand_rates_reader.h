#pragma once
#include "supply/demand_rates.h"

#include <filesystem>
#include <string>

namespace bosai::supply {

// Reads the editable rates table (format in README, "plans/supply-rates.toml"). Unknown groups, negative
// rates and duplicate item codes are InputErrors naming the line and key.
DemandRates read_demand_rates(const std::filesystem::path& file);
DemandRates parse_demand_rates(const std::string& toml_text, const std::string& file_name);

}  // namespace bosai::supply
